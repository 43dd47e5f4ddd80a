/** One project: where it stands, what it needs, and its history. */
import { useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';

/** The project page (being built). */
export function ProjectPage() {
  const { projectId } = useParams();
  return <PageHeader title="Project" description={`Project ${projectId ?? ''}`} />;
}
