import { CenteredPanel } from '../../components/CenteredPanel';
import { RecoveryCodeCard } from '../../components/recoveryCode/RecoveryCodeCard';

interface RecoveryCodePageProps {
  coalitionName: string;
  recoveryCode: string;
  onContinue: () => void;
}

export function RecoveryCodePage({ coalitionName, recoveryCode, onContinue }: RecoveryCodePageProps) {
  return (
    <CenteredPanel width={640}>
      <RecoveryCodeCard code={recoveryCode} coalitionName={coalitionName} onContinue={onContinue} />
    </CenteredPanel>
  );
}
