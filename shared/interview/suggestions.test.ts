import { describe, expect, it } from 'vitest';
import { questionById } from './bank/index';
import { analyseTurns, questionCoverage } from './coverage';
import { LAW_TRANSCRIPT } from './fixtures/law';
import { playTranscript } from './fixtures/transcript';
import { findCredentialMentions, findDegreeMentions } from './mentions';
import { JURISDICTION_NAMES } from '../profile/jurisdictions';
import { alreadyInProfile, suggestProfileUpdates, type ProfileSnapshot } from './suggestions';
import { createWinkAnalyser } from './winkAnalyser';

const analyser = createWinkAnalyser();
const mentions = (s: string) => findCredentialMentions(s, JURISDICTION_NAMES);

const lawyer: ProfileSnapshot = {
  credentials: [{ type: 'bar-admission', jurisdiction: 'US-NY' }],
  education: [
    { id: 'e1', degree: 'JD', field: 'Law', institution: 'Columbia Law School', year: 2011 },
  ],
  languages: [{ code: 'en', proficiency: 'native' }],
  domains: [{ domain: 'law', subSpecialties: ['corporate-ma'] }],
};

describe('credential mentions', () => {
  it('finds the places of bar admission named after the cue, and not others', () => {
    expect(
      mentions('I was admitted in New York and New Jersey in 2012.').map((m) => m.jurisdiction),
    ).toEqual(['US-NY', 'US-NJ']);
    expect(
      mentions('I was admitted in New York; I mostly advise Delaware corporations.').map(
        (m) => m.jurisdiction,
      ),
    ).toEqual(['US-NY']);
    expect(mentions('I am a member of the Ontario bar.').map((m) => m.jurisdiction)).toEqual([
      'CA-ON',
    ]);
    expect(
      mentions('I was called to the bar in England in 2014.').map((m) => m.jurisdiction),
    ).toEqual(['GB-ENG']);
  });

  it('ignores negated mentions', () => {
    expect(mentions('I am not admitted in Texas.')).toEqual([]);
  });

  it('finds medical licences, board certification and finance designations', () => {
    expect(
      mentions("I'm licensed to practise medicine in Ontario and British Columbia.").map(
        (m) => m.jurisdiction,
      ),
    ).toEqual(['CA-ON', 'CA-BC']);
    expect(mentions('I have been board certified in internal medicine since 2015.')).toEqual([
      expect.objectContaining({ type: 'board-certification', name: 'internal medicine' }),
    ]);
    expect(mentions('As a CFA charterholder I review models weekly.')[0]?.type).toBe('cfa');
    expect(mentions('I passed the Series 7 in 2010.')[0]).toMatchObject({
      type: 'finra-registration',
      name: 'Series 7',
    });
  });

  it('finds degrees and institutions', () => {
    expect(findDegreeMentions('I did my LL.M. at the London School of Economics in 2015.')).toEqual(
      [{ degree: 'LLM', institution: 'the London School of Economics' }],
    );
    expect(findDegreeMentions('After my MBA I joined a bank.')).toEqual([{ degree: 'MBA' }]);
  });
});

describe('suggestProfileUpdates', () => {
  it('suggests the Ontario bar admission the contract lawyer mentioned, and nothing already held', () => {
    const transcript = playTranscript(LAW_TRANSCRIPT, analyser);
    const answers = transcript.turns.map((turn) => ({
      turn,
      analysed: analyser.analyse(turn.answer!.text),
    }));
    const coverages = transcript.plan.items.map((item) => {
      const q = questionById(item.questionId)!;
      return questionCoverage(q, analyseTurns(q, transcript.turns, analyser));
    });
    const suggestions = suggestProfileUpdates(lawyer, answers, coverages);
    expect(suggestions.map((s) => s.message)).toEqual([
      'You mentioned bar admission in Ontario: add it as a licence.',
      'Your walk-through showed hands-on contract law experience: add contract law as a sub-specialty.',
    ]);
    expect(suggestions[0]).toMatchObject({
      id: 'credential:bar-admission:CA-ON',
      patch: { credential: { kind: 'licence', type: 'bar-admission', jurisdiction: 'CA-ON' } },
    });
    expect(suggestions[0]?.evidence.quote).toContain('called to the bar in Ontario in 2016');
  });

  it('drops a suggestion once the profile holds it', () => {
    const languageSuggestion = suggestProfileUpdates(lawyer, [
      {
        turn: {
          id: 't1',
          itemIndex: 0,
          questionId: 'q',
          kind: 'question',
          prompt: '',
          askedAt: '',
        },
        analysed: analyser.analyse('I am fluent in French and work with Quebec clients.'),
      },
    ]);
    expect(languageSuggestion.map((s) => s.id)).toEqual(['language:fr']);
    expect(
      alreadyInProfile(
        { ...lawyer, languages: [{ code: 'fr-CA', proficiency: 'fluent' }] },
        languageSuggestion[0]!,
      ),
    ).toBe(true);
  });
});
