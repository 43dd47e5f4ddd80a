/** A training status as a chip: "Valid until 25/11/2027", "Expires 01/12/2026", "Expired …", "None recorded". */
import { trainingChipClass, type TrainingStatus } from './training-status';

/** The chip. */
export function TrainingStatusChip({ status }: { status: TrainingStatus }) {
  return <span className={trainingChipClass(status.state)}>{status.text}</span>;
}
