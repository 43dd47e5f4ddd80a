import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { canAdvance, unmetRequirementItems } from '../../../../../shared/domain';
import { GatePanel, type GateActions } from '../../../../../renderer/features/projects/stage/GatePanel';
import { TODAY, gateMet } from '../../../../helpers/domain-fixtures';

function actions(): jest.Mocked<GateActions> {
  return {
    advance: jest.fn().mockResolvedValue(undefined),
    override: jest.fn().mockResolvedValue(undefined),
    moveBack: jest.fn().mockResolvedValue(undefined),
    withdraw: jest.fn().mockResolvedValue(undefined),
    decline: jest.fn().mockResolvedValue(undefined),
  };
}

describe('GatePanel', () => {
  it('lists every unmet requirement from the domain and keeps Advance disabled', async () => {
    const { project, facts } = gateMet('setup');
    const unmet = { ...facts, setupTasks: [] };
    const gate = canAdvance(project, unmet, TODAY);
    expect(gate.allowed).toBe(false);
    const act = actions();
    render(<GatePanel project={project} gate={gate} actions={act} />);
    expect(screen.getByRole('heading', { name: 'Moving on to Access' })).toBeInTheDocument();
    const reasons = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(reasons).toEqual(!gate.allowed ? gate.reasons : []);
    expect(reasons).toContain('Mark ‘Environment created’ done, with who did it and when.');
    const advance = screen.getByRole('button', { name: 'Advance to Access' });
    expect(advance).toBeDisabled();
    await userEvent.click(advance);
    expect(act.advance).not.toHaveBeenCalled();
  });

  it('counts the things to complete and links each to where it is recorded', async () => {
    const { project, facts } = gateMet('setup');
    const unmet = { ...facts, setupTasks: facts.setupTasks.filter((t) => t.kind !== 'datasets-ingested') };
    const gate = canAdvance(project, unmet, TODAY);
    const onGoTo = jest.fn();
    render(
      <GatePanel
        project={project}
        gate={gate}
        items={unmetRequirementItems(project, unmet, TODAY)}
        onGoTo={onGoTo}
        actions={actions()}
      />,
    );
    expect(screen.getByText('1 thing to complete before the project can move on:')).toBeInTheDocument();
    const link = screen.getByRole('link', {
      name: 'Mark ‘Datasets ingested’ done, with who did it and when.',
    });
    expect(link).toHaveAttribute('href', '#setup-task-datasets-ingested');
    await userEvent.click(link);
    expect(onGoTo).toHaveBeenCalledWith({ kind: 'setup-task', task: 'datasets-ingested' });
  });

  it('enables Advance when the gate is met', async () => {
    const { project, facts } = gateMet('setup');
    const act = actions();
    render(<GatePanel project={project} gate={canAdvance(project, facts, TODAY)} actions={act} />);
    expect(screen.getByText('Everything needed is recorded. The project can move on.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Advance to Access' }));
    expect(act.advance).toHaveBeenCalledTimes(1);
  });

  it('refuses an override without a reason, then passes the written reason on', async () => {
    const { project, facts } = gateMet('setup');
    const act = actions();
    render(
      <GatePanel
        project={project}
        gate={canAdvance(project, { ...facts, setupTasks: [] }, TODAY)}
        actions={act}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Override…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Override and move on' }));
    expect(await screen.findByText('Give a reason.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Reason/)).toHaveAttribute('aria-invalid', 'true');
    expect(act.override).not.toHaveBeenCalled();
    await userEvent.type(
      screen.getByLabelText(/Reason/),
      'Tasks done, recorded tomorrow by the infrastructure team.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Override and move on' }));
    expect(act.override).toHaveBeenCalledWith('Tasks done, recorded tomorrow by the infrastructure team.');
  });

  it('shows why a move failed and keeps the written reason', async () => {
    const { project, facts } = gateMet('access');
    const act = actions();
    act.moveBack.mockRejectedValue(new Error('This record was changed elsewhere. Reload it.'));
    render(<GatePanel project={project} gate={canAdvance(project, facts, TODAY)} actions={act} />);
    await userEvent.click(screen.getByRole('button', { name: 'Move back…' }));
    await userEvent.type(screen.getByLabelText(/Reason/), 'Form version was wrong.');
    await userEvent.click(screen.getByRole('button', { name: 'Move back' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('changed elsewhere');
    expect(screen.getByLabelText(/Reason/)).toHaveValue('Form version was wrong.');
  });

  it('offers Decline only at an enquiry whose outcome is not suitable, and no override at closure', () => {
    const enquiry = gateMet('enquiry');
    const notSuitable = {
      ...enquiry.project,
      suitability: { ...enquiry.project.suitability!, outcome: 'not-suitable' as const },
    };
    const { rerender } = render(
      <GatePanel
        project={notSuitable}
        gate={canAdvance(notSuitable, enquiry.facts, TODAY)}
        actions={actions()}
      />,
    );
    expect(screen.getByRole('button', { name: 'Decline…' })).toBeInTheDocument();
    rerender(
      <GatePanel
        project={enquiry.project}
        gate={canAdvance(enquiry.project, enquiry.facts, TODAY)}
        actions={actions()}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Decline…' })).not.toBeInTheDocument();
    const closure = gateMet('closure');
    const unmet = canAdvance(closure.project, { ...closure.facts, certificate: undefined }, TODAY);
    rerender(<GatePanel project={closure.project} gate={unmet} actions={actions()} />);
    expect(screen.getByRole('button', { name: 'Close the project' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Override…' })).not.toBeInTheDocument();
  });
});
