/** A process of the post-build checks that run at the same time (`src/core/post-build/run-steps.ts`). */
import { serveSteps } from '../core/post-build/run-steps.ts';
import { postBuildSteps } from './post-build-steps.ts';

serveSteps(postBuildSteps);
