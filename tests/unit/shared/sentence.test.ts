import { sentence } from '../../../shared/sentence';

describe('a message ends in exactly one full stop', () => {
  it.each([
    ['Funding finished', 'Funding finished.'],
    ['Funding finished.', 'Funding finished.'],
    ['Is the project still running?', 'Is the project still running?'],
    ['Closed for the move!', 'Closed for the move!'],
    ['Waiting for the data controller…', 'Waiting for the data controller…'],
    ['Ended early (funding finished.)', 'Ended early (funding finished.)'],
    ['He wrote “finished.”', 'He wrote “finished.”'],
    ['Ended early (funding)', 'Ended early (funding).'],
    ['  Funding finished  ', 'Funding finished.'],
    ['', ''],
  ])('%j reads %j', (text, expected) => {
    expect(sentence(text)).toBe(expected);
  });
});
