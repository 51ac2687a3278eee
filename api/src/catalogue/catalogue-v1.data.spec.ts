import { describe, expect, it } from '@jest/globals';
import { CATALOGUE_V1, PRINCIPLES, SERVICE_TYPES } from './catalogue-v1.data.js';

const AREA_KEYS = ['POL', 'LAW', 'SVC', 'FIN', 'WFD', 'PSY', 'DRG', 'INF', 'CIV', 'RES', 'SOC'];

const STEP_COUNTS: Record<string, number> = {
  POL: 7,
  LAW: 8,
  SVC: 6,
  FIN: 6,
  WFD: 6,
  PSY: 3,
  DRG: 4,
  INF: 5,
  CIV: 4,
  RES: 4,
  SOC: 4,
};

const allSteps = CATALOGUE_V1.areas.flatMap((area) => area.steps);

describe('CATALOGUE_V1', () => {
  it('is version 1 with a label and a source citation', () => {
    expect(CATALOGUE_V1.version).toBe(1);
    expect(CATALOGUE_V1.label.trim()).not.toBe('');
    expect(CATALOGUE_V1.source).toContain('978-92-4-002570-7');
  });

  it('has the eleven area keys in order', () => {
    expect(CATALOGUE_V1.areas.map((area) => area.key)).toEqual(AREA_KEYS);
  });

  it('marks SOC as the only cross-cutting area', () => {
    const crossCutting = CATALOGUE_V1.areas.filter((area) => area.crossCutting).map((area) => area.key);
    expect(crossCutting).toEqual(['SOC']);
  });

  it('gives every area a non-empty title and description', () => {
    for (const area of CATALOGUE_V1.areas) {
      expect(area.title.trim()).not.toBe('');
      expect(area.description.trim()).not.toBe('');
    }
  });

  it('has the expected number of steps per area', () => {
    const counts = Object.fromEntries(CATALOGUE_V1.areas.map((area) => [area.key, area.steps.length]));
    expect(counts).toEqual(STEP_COUNTS);
    expect(allSteps).toHaveLength(57);
  });

  it('keys steps as <AREA>-NN, numbered consecutively from 01 within each area', () => {
    for (const area of CATALOGUE_V1.areas) {
      const pattern = new RegExp(`^${area.key}-\\d{2}$`);
      area.steps.forEach((step, index) => {
        expect(step.key).toMatch(pattern);
        expect(step.key).toBe(`${area.key}-${String(index + 1).padStart(2, '0')}`);
      });
    }
  });

  it('has unique step keys', () => {
    const keys = allSteps.map((step) => step.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every step 1 to 3 distinct principles from PRINCIPLES', () => {
    for (const step of allSteps) {
      expect(step.principles.length).toBeGreaterThanOrEqual(1);
      expect(step.principles.length).toBeLessThanOrEqual(3);
      expect(new Set(step.principles).size).toBe(step.principles.length);
      for (const principle of step.principles) {
        expect(PRINCIPLES).toContain(principle);
      }
    }
  });

  it('uses only known service types, without duplicates', () => {
    for (const step of allSteps) {
      expect(new Set(step.serviceTypes).size).toBe(step.serviceTypes.length);
      for (const serviceType of step.serviceTypes) {
        expect(SERVICE_TYPES).toContain(serviceType);
      }
    }
  });

  it('keeps titles within 90 characters and descriptions within 400, both non-empty', () => {
    for (const step of allSteps) {
      expect(step.title.trim()).not.toBe('');
      expect(step.title.length).toBeLessThanOrEqual(90);
      expect(step.description.trim()).not.toBe('');
      expect(step.description.length).toBeLessThanOrEqual(400);
    }
  });

  it('uses each of the five principles on at least 3 steps', () => {
    for (const principle of PRINCIPLES) {
      const uses = allSteps.filter((step) => step.principles.includes(principle)).length;
      expect(uses).toBeGreaterThanOrEqual(3);
    }
  });
});
