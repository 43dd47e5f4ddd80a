import { spellingPlanFor } from '../../../electron/services/spelling';

describe('what checks spelling', () => {
  it('uses macOS’s own checker, downloading nothing', () => {
    expect(spellingPlanFor('darwin')).toEqual({
      enabled: true,
      languages: null,
      description: expect.stringContaining('macOS’s own spell-checker'),
    });
  });

  it('uses Windows’ own checker in British English', () => {
    expect(spellingPlanFor('win32')).toMatchObject({ enabled: true, languages: ['en-GB'] });
  });

  it('turns spelling off on Linux, where the only checker would download dictionaries, and says so', () => {
    expect(spellingPlanFor('linux')).toEqual({
      enabled: false,
      languages: [],
      description: expect.stringMatching(/^Not checked: .*downloads its dictionaries from the internet/),
    });
  });
});
