import type { PracticeTopic } from '../../../engine';
import { t } from '../../i18n/i18n';

/** How the page names a topic, in its language. */
export const topicLabel = (topic: PracticeTopic): string => t(`practice.topic.${topic}`);

/** The name of a difficulty level, 1 to 3 (easy, medium, hard). */
export const levelName = (level: number): string => t(`practice.level.${level}`);
