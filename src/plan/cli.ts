// npm run validate: checks every curated file in data/ and prints each problem.
import { DataError, formatProblem, loadDataset, planLines } from './validate.ts';

try {
  const ds = loadDataset();
  console.log(`data/ is valid: ${ds.cities.length} cities, ${ds.items.length} plan items, ${ds.corridors.length} corridors, ${ds.targets.length} target rows, ${ds.investment.length} investment rows${planLines() ? ', every quote found in the plan' : ' (plan text not found beside the project: quotes not checked)'}`);
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  for (const p of e.problems) console.error(formatProblem(p));
  console.error(`${e.problems.length} problem(s)`);
  process.exit(1);
}
