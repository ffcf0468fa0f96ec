// For the city panel: the plan targets the city's works serve and the 附件2 fields of its works
// (city-targets-list.tsx), loaded as a chunk of its own the first time a city panel opens.
import { lazyComponent } from './lazy.tsx';

export const CityTargets = lazyComponent(() => import('./city-targets-list.tsx').then((m) => m.CityTargetsList));
