/** `npm run seed`: loads the curated corpus and the shipped documents, then prints counts. */
import { connect } from '../../scripts/connect.js';
import { runCli } from './cli.js';
import { formatCounts, seed } from './seed.js';

await runCli(async () => {
  const started = Date.now();
  const connection = await connect({ reuseRunning: true });
  try {
    const counts = await seed(connection.db, (line) => console.log(line));
    console.log(formatCounts(counts));
    console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await connection.close();
  }
});
