import { describe, expect, it } from 'vitest';
import { parseDateLine } from './dateLine.ts';
import { classifyLine } from './lineKinds.ts';
import { isSignatoryHeading, looksLikeName } from './textShape.ts';

describe('classifyLine', () => {
  it.each([
    ['', { kind: 'blank' }],
    [' \t\u00a0 ', { kind: 'blank' }],
    ['●  Remains over-broad  ', { kind: 'bullet', text: 'Remains over-broad' }],
    ['  • \u00a0Avoid endorsing', { kind: 'bullet', text: 'Avoid endorsing' }],
    ['•Tight bullet', { kind: 'bullet', text: 'Tight bullet' }],
    ['- dash item', { kind: 'bullet', text: 'dash item' }],
    ['* star item', { kind: 'bullet', text: 'star item' }],
    ['– en dash item', { kind: 'bullet', text: 'en dash item' }],
    ['1. numbered', { kind: 'bullet', text: 'numbered' }],
    ['12) numbered', { kind: 'bullet', text: 'numbered' }],
    ['●', { kind: 'bullet', text: '' }],
    ['-5 degrees is cold', { kind: 'text', text: '-5 degrees is cold', indent: 0 }],
    ['2024. A year', { kind: 'text', text: '2024. A year', indent: 0 }],
    ['3.14 is pi', { kind: 'text', text: '3.14 is pi', indent: 0 }],
    ['https://example.org/a_b.pdf', { kind: 'url', text: 'https://example.org/a_b.pdf' }],
    ['  www.example.org  ', { kind: 'url', text: 'www.example.org' }],
    ['https://example.org is where', { kind: 'text', text: 'https://example.org is where', indent: 0 }],
    ['  Indented text  ', { kind: 'text', text: 'Indented text', indent: 2 }],
  ])('%j', (line, expected) => {
    expect(classifyLine(line)).toEqual(expected);
  });
});

describe('parseDateLine', () => {
  it.each([
    ['23 January, 2024', '2024-01-23'],
    ['23 January 2024 ', '2024-01-23'],
    ['January 23, 2024', '2024-01-23'],
    ['Jan. 5 2024', '2024-01-05'],
    ['5th Sept 2023', '2023-09-05'],
    ['Tuesday, 23 January 2024', '2024-01-23'],
    ['2024-01-23', '2024-01-23'],
    ['29 February 2024', '2024-02-29'],
    ['29 February 2023', null],
    ['2024-13-01', null],
    ['23 Janvember 2024', null],
    ['January 2024', null],
    ['Published 23 January 2024', null],
    ['23 January 2024 was a Tuesday and the text goes on', null],
  ])('%j', (line, expected) => {
    expect(parseDateLine(line)).toBe(expected);
  });
});

describe('isSignatoryHeading', () => {
  it.each([
    ['Signatories', true],
    ['Signatories:', true],
    ['SIGNATURES', true],
    ['Signed by:', true],
    ['Signatories (as of 23 January 2024)', true],
    ['Signed by the following organisations:', true],
    ['Signataires', true],
    ['Signatures are needed to ratify the', false],
    ['Signatories supporting the statement', false],
    ['Signed by the minister, the treaty', false],
  ])('%j', (line, expected) => {
    expect(isSignatoryHeading(line)).toBe(expected);
  });
});

describe('looksLikeName', () => {
  it.each([
    ['Center for Democracy and Technology', true],
    ['Temple University, Institute for Law, Innovation & Technology (iLIT)', true],
    ['7amleh – The Arab Center for the Advancement of Social Media', true],
    ['TEDIC', true],
    ['Freedom of expression', false],
    ['Protection of journalists', false],
    ['Remains over-broad in scope;', false],
    ['ends in lowercase', false],
  ])('%j', (line, expected) => {
    expect(looksLikeName(line)).toBe(expected);
  });
});
