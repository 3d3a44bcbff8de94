import { runSlateFixtures, type SlateFixture } from '../../../helpers/slate-fixtures';

runSlateFixtures(import.meta.glob<SlateFixture>('./fixtures/*/*.tsx', { eager: true }));
