import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Waiting queries return as soon as what they wait for appears; the limit only matters on a loaded machine
// (two cores shared with the rest of `npm test`), where building a PDF under jsdom can take seconds.
configure({ asyncUtilTimeout: 10_000 });
