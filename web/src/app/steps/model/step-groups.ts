import { AreaKey, StepResponse } from '../../api/models';
import { AREA_KEYS } from '../../catalogue/model/catalogue-labels';

export interface StepGroup {
  area: AreaKey;
  steps: StepResponse[];
}

/** Groups steps by area in catalogue order, keeping the API's order within an area. */
export function groupStepsByArea(steps: readonly StepResponse[]): StepGroup[] {
  const groups = new Map<AreaKey, StepResponse[]>();
  for (const step of steps) {
    const group = groups.get(step.area) ?? [];
    group.push(step);
    groups.set(step.area, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => AREA_KEYS.indexOf(a) - AREA_KEYS.indexOf(b))
    .map(([area, areaSteps]) => ({ area, steps: areaSteps }));
}
