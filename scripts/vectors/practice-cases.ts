/**
 * The questions of the practice sets whose answers PyTorch checks: every question of every
 * topic's table for seeds 0 to SEEDS − 1, as JSON lines of {key, topic, level, prompt, options}
 * for gen_practice.py, which reads the PyTorch code in each prompt and runs it.
 *
 *     npx tsx scripts/vectors/practice-cases.ts 12 > /tmp/practice-cases.json
 *     /usr/bin/python3 scripts/vectors/gen_practice.py /tmp/practice-cases.json engine/vectors/practice/practice-torch.json
 */
import { PRACTICE_TOPICS, practiceTable } from '../../engine/index';

const seeds = Number(process.argv[2] ?? 12);
const cases = new Map<string, object>();
for (const topic of PRACTICE_TOPICS) {
  if (topic === 'mixed') continue;
  for (let seed = 0; seed < seeds; seed++) {
    for (const question of practiceTable(topic, seed).flat()) {
      const options = question.answer.kind === 'choice' ? question.answer.options : null;
      cases.set(question.key, {
        key: question.key,
        topic: question.topic,
        level: question.level,
        prompt: question.prompt,
        options,
      });
    }
  }
}
process.stdout.write(JSON.stringify([...cases.values()]));
