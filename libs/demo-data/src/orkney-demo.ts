import type { DemoStep } from './demo-step';
import { frameworkChapter } from './orkney/01-framework';
import { partnershipChapter } from './orkney/02-partnership';
import { agreementChapter } from './orkney/03-agreement';
import { meetingsChapter } from './orkney/04-meetings';
import { commitmentsChapter } from './orkney/05-commitments';
import { observationsChapter } from './orkney/06-observations';
import { engagementChapter } from './orkney/07-engagement';
import { amendmentChapter } from './orkney/08-amendment';
import { laterFrameworkChapter } from './orkney/09-later-framework';

/**
 * The Orkney Community Planning Partnership from November 2007 to January 2012, as the commands
 * that record it: the 2007 national framework, the partnership and its board, the single outcome
 * agreement for 2008-11, its commitments, board meetings and decisions, indicator values and a
 * correction, the isles roadshow, an amendment, and the 2011 framework.
 *
 * Each chapter tells one thread; the story interleaves them in the order things happened, so
 * every command follows the facts it relies on. Command ids are fixed (chapter 3 uses demo-0301
 * to demo-0399), so loading the story into a store that already holds it writes nothing.
 */
export function orkneyDemo(): readonly DemoStep[] {
  const chapters = [
    frameworkChapter(),
    partnershipChapter(),
    agreementChapter(),
    meetingsChapter(),
    commitmentsChapter(),
    observationsChapter(),
    engagementChapter(),
    amendmentChapter(),
    laterFrameworkChapter(),
  ];
  return chapters
    .flat()
    .sort((a, b) => a.command.metadata.issuedAt.localeCompare(b.command.metadata.issuedAt));
}
