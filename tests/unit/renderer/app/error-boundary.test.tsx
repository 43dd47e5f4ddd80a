import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ErrorBoundary } from '../../../../renderer/app/ErrorBoundary';

function Fragile({ broken }: { broken: boolean }) {
  if (broken) throw new Error('Cannot read the project record.');
  return <p>Project shown</p>;
}

function Harness() {
  const [broken, setBroken] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setBroken(false)}>
        Mend
      </button>
      <ErrorBoundary>
        <Fragile broken={broken} />
      </ErrorBoundary>
    </>
  );
}

describe('ErrorBoundary', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('shows a plain explanation with the technical detail instead of a blank window', () => {
    render(<Harness />);
    expect(screen.getByRole('alert')).toHaveTextContent('This screen could not be shown');
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing has been lost');
    expect(screen.getByText('Cannot read the project record.')).toBeInTheDocument();
  });

  it('recovers when the officer tries again after the cause is gone', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Mend' }));
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Project shown')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
