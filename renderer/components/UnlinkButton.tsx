import LinkOff from '@mui/icons-material/LinkOff';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';

interface UnlinkButtonProps {
  /** What the tooltip says, e.g. "Detach (it stays in the library)". */
  tooltip: string;
  /** The button's name for screen readers, naming what it unlinks. */
  label: string;
  disabled: boolean;
  onClick: () => void;
}

/** A small "unlink" icon button with its tooltip (still shown while the button is disabled). */
export function UnlinkButton({ tooltip, label, disabled, onClick }: UnlinkButtonProps) {
  return (
    <Tooltip title={tooltip}>
      <span>
        <IconButton size="small" aria-label={label} disabled={disabled} onClick={onClick}>
          <LinkOff fontSize="small" />
        </IconButton>
      </span>
    </Tooltip>
  );
}
