import { render, screen } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from '../../../../renderer/app/ErrorBoundary';
import { lazyPage, PageLoading } from '../../../../renderer/app/lazy-page';

function ReportsPage({ title }: { title: string }) {
  return <h1>{title}</h1>;
}

/** A page module whose arrival the test controls: each call of `load` waits for `arrive` or `fail`. */
function controlledModule() {
  const calls: Array<{ arrive: () => void; fail: (error: Error) => void }> = [];
  const load = () =>
    new Promise<typeof ReportsPage>((resolve, reject) => {
      calls.push({ arrive: () => resolve(ReportsPage), fail: reject });
    });
  return { load, calls };
}

function InShell({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary>
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

describe('lazyPage', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('says the page is opening while its code arrives, then shows the page', async () => {
    const module = controlledModule();
    const Page = lazyPage(module.load);
    render(
      <InShell>
        <Page title="Reports" />
      </InShell>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Opening the page…');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    module.calls[0]!.arrive();
    expect(await screen.findByRole('heading', { level: 1, name: 'Reports' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it("explains a page whose code cannot be loaded in plain words, in the screen's error panel", async () => {
    const module = controlledModule();
    const Page = lazyPage(module.load);
    render(
      <InShell>
        <Page title="Reports" />
      </InShell>,
    );
    module.calls[0]!.fail(new TypeError('Failed to fetch dynamically imported module: app://dsh-desk/x.js'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This screen could not be shown');
    expect(alert).toHaveTextContent(
      'The code of this screen could not be loaded from the application files.',
    );
    expect(alert).toHaveTextContent('Restart DSH Desk');
    expect(alert).not.toHaveTextContent('Failed to fetch');
  });
});
