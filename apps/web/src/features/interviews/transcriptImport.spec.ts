// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  isLikelyInterviewer,
  scanSpeakers,
  titleFromFileName,
} from './transcriptImport';

const vtt =
  'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hello.\n\n00:00:02.000 --> 00:00:03.000\n<v.loud Bob>Hi!\n';
const srt =
  '1\n00:00:01,000 --> 00:00:02,000\nAnn: Hello.\n\n2\n00:00:02,000 --> 00:00:03,000\nBob: Hi!\n';
const json =
  '[{"speaker":"Ann","start":1,"end":2,"text":"Hello."},{"speaker":"Bob","start":2,"end":3,"text":"Hi!"}]';
const plain =
  '[00:00:01] Interviewer: Hello.\nP3: Hi! Note: this is not a speaker.\nbasically: prose\nInterviewer: Thanks.\n';

describe('detectFormat', () => {
  it('reads the content first: WEBVTT header, --> with commas, JSON, else plain', () => {
    expect(detectFormat(vtt)).toBe('VTT');
    expect(detectFormat(`\uFEFF${vtt}`)).toBe('VTT');
    expect(detectFormat(srt)).toBe('SRT');
    expect(detectFormat(json)).toBe('JSON');
    expect(detectFormat('{"segments": []}')).toBe('JSON');
    expect(detectFormat(plain)).toBe('PLAIN');
  });

  it('falls back to the file extension when the content does not say', () => {
    expect(detectFormat('not json at all', 'export.json')).toBe('JSON');
    expect(detectFormat('00:01.000 --> 00:02.000\nHi', 'captions.VTT')).toBe('VTT');
    expect(detectFormat('Ann: hi', 'call.srt')).toBe('SRT');
    expect(detectFormat('Ann: hi', 'notes.txt')).toBe('PLAIN');
    expect(detectFormat(srt, 'wrongly-named.txt')).toBe('SRT');
  });

  it('does not take a WEBVTT-like word or a broken JSON-looking text for those formats', () => {
    expect(detectFormat('WEBVTTX\nAnn: hi')).toBe('PLAIN');
    expect(detectFormat('[00:00:01] Ann: hi')).toBe('PLAIN');
  });
});

describe('scanSpeakers', () => {
  it('lists <v> voices', () => {
    expect(scanSpeakers(vtt, 'VTT')).toEqual([
      { name: 'Ann', turns: 1 },
      { name: 'Bob', turns: 1 },
    ]);
  });

  it('lists Name: prefixes, skipping prose and remarks', () => {
    expect(scanSpeakers(plain, 'PLAIN')).toEqual([
      { name: 'Interviewer', turns: 2 },
      { name: 'P3', turns: 1 },
    ]);
    expect(scanSpeakers(srt, 'SRT').map((s) => s.name)).toEqual(['Ann', 'Bob']);
  });

  it('reads JSON speaker fields, including Whisper-style segments', () => {
    expect(scanSpeakers(json, 'JSON').map((s) => s.name)).toEqual(['Ann', 'Bob']);
    expect(scanSpeakers('{"segments":[{"speaker":"SPEAKER_00"}]}', 'JSON')).toEqual([
      { name: 'SPEAKER_00', turns: 1 },
    ]);
    expect(scanSpeakers('{broken', 'JSON')).toEqual([]);
  });

  it('guesses interviewers and titles', () => {
    expect(isLikelyInterviewer('Interviewer')).toBe(true);
    expect(isLikelyInterviewer('Moderator 2')).toBe(true);
    expect(isLikelyInterviewer('P3')).toBe(false);
    expect(titleFromFileName('p3_onboarding-interview.vtt')).toBe('p3 onboarding interview');
  });
});
