import CheckCircle from '@mui/icons-material/CheckCircle';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import Lock from '@mui/icons-material/Lock';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import type { AgendaItem } from '../../../shared/contract';

interface AgendaOutlineProps {
  agenda: readonly AgendaItem[];
  currentId: string | null;
  disabled: boolean;
  onChoose: (item: AgendaItem) => void;
}

/** The whole agenda, compact: done items ticked, the current one marked; choose any to go there. */
export function AgendaOutline({ agenda, currentId, disabled, onChoose }: AgendaOutlineProps) {
  return (
    <List dense component="nav" aria-label="Agenda" disablePadding>
      {agenda.map((item) => {
        const current = item.id === currentId;
        return (
          <ListItemButton
            key={item.id}
            selected={current}
            aria-current={current ? 'step' : undefined}
            disabled={disabled && !current}
            onClick={() => !current && onChoose(item)}
            sx={{ borderRadius: 1 }}
          >
            <ListItemIcon sx={{ minWidth: 30, color: item.status === 'done' ? 'success.main' : 'text.secondary' }}>
              {item.status === 'done' ? <CheckCircle fontSize="small" aria-label="Done" /> : <RadioButtonUnchecked fontSize="small" />}
            </ListItemIcon>
            <ListItemText
              primary={`${item.position}. ${item.title}`}
              secondary={
                [
                  item.timeboxMinutes > 0 && `${item.timeboxMinutes} min`,
                  item.carriedOverFrom && 'carried over',
                  item.notesConfidential && 'confidential notes',
                ]
                  .filter(Boolean)
                  .join(' · ') || undefined
              }
              slotProps={{ primary: { sx: { fontWeight: current ? 700 : 400 } } }}
            />
            {item.notesConfidential && <Lock fontSize="small" color="warning" aria-hidden />}
          </ListItemButton>
        );
      })}
    </List>
  );
}
