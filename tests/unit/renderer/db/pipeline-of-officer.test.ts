/** The dashboard's pipeline narrowed to one officer: the same figures as the pipeline over their projects only. */
import { generateDemoData } from '../../../../shared/demo';
import { pipeline } from '../../../../shared/domain/reports';
import { loadDataSet } from '../../../../renderer/db/data-set-loader';
import { pipelineCountsOf } from '../../../../renderer/db/repositories/pipeline-of-officer';
import { freshDb } from './db-fixtures';

const demo = generateDemoData({ today: '2026-11-25' });

describe('the pipeline of one officer', () => {
  it('counts, stage by stage and ended, only the projects they are case officer of', async () => {
    const t = await freshDb();
    await loadDataSet(t.ctx, demo);
    const officers = [...new Set(demo.projects.flatMap((project) => project.caseOfficerId ?? []))];
    expect(officers.length).toBeGreaterThan(1);
    for (const officer of officers) {
      const theirs = demo.projects.filter((project) => project.caseOfficerId === officer);
      expect(await pipelineCountsOf(t.db, officer)).toEqual(pipeline(theirs));
    }
    expect((await pipelineCountsOf(t.db, 'nobody')).total).toBe(0);
    t.db.close();
  });
});
