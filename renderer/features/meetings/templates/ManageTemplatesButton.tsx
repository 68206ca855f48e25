import ListAlt from '@mui/icons-material/ListAlt';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { ManageTemplatesDialog } from './ManageTemplatesDialog';

export function ManageTemplatesButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="outlined" startIcon={<ListAlt />} onClick={() => setOpen(true)}>
        Manage templates
      </Button>
      {open && <ManageTemplatesDialog onClose={() => setOpen(false)} />}
    </>
  );
}
