import type { PracticeTopic } from '../../../engine';

/** How the page names each topic. */
export const TOPIC_LABELS: Record<PracticeTopic, string> = {
  mixed: 'Mixed: one of each topic',
  'conv-size': 'Output size of a convolution',
  'pool-size': 'Pooling in ceil mode',
  'transposed-size': 'Output size of a transposed convolution',
  relationship: 'Which relationship of the paper',
  undo: 'Undoing a size: output_padding, same outputs',
  'receptive-field': 'Receptive field of a stack',
  checkerboard: 'Checkerboard: uneven overlap',
  broadcast: 'Broadcasting: shapes and errors',
  mask: 'Boolean masks: & and and',
  'smooth-l1': 'Smooth L1: σ, β, δ, loss and gradient',
};

/** The difficulty levels, 1 to 3. */
export const LEVEL_NAMES = ['easy', 'medium', 'hard'] as const;
