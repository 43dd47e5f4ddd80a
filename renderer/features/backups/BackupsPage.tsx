/** Settings → Backups as a page of its own (the Backups panel under a heading). */
import { PageHeader } from '../../components/PageHeader';
import { BackupsPanel } from './BackupsPanel';

/** The Backups page. */
export function BackupsPage() {
  return (
    <>
      <PageHeader title="Backups" description="Back up, export and restore this installation’s data." />
      <BackupsPanel />
    </>
  );
}
