/**
 * The views that exist, in navigation order. Each is loaded on demand, so the first page only
 * downloads the view it shows.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ViewId } from '../url/schema';

export interface ViewEntry {
  id: ViewId;
  /** Navigation label. */
  title: string;
  /** One line for the navigation's tooltip and the page title. */
  summary: string;
  Component: LazyExoticComponent<ComponentType>;
}

export const VIEWS: readonly ViewEntry[] = [
  {
    id: 'conv',
    title: 'Convolution',
    summary: 'Padding, strides and dilation (chapters 2 and 5)',
    Component: lazy(() => import('./conv/ConvView')),
  },
  {
    id: 'pool',
    title: 'Pooling',
    summary: 'Max and average pooling (chapter 3)',
    Component: lazy(() => import('./pool/PoolView')),
  },
  {
    id: 'transposed',
    title: 'Transposed',
    summary: 'Transposed convolution: equivalent convolution, scatter, matrix (chapter 4)',
    Component: lazy(() => import('./transposed/TransposedView')),
  },
  {
    id: 'smoothl1',
    title: 'Smooth L1',
    summary: 'σ, β and Huber’s δ, and how Faster R-CNN weighs its box loss',
    Component: lazy(() => import('./smoothl1/SmoothL1View')),
  },
  {
    id: 'broadcast',
    title: 'Broadcasting',
    summary: 'NumPy and PyTorch broadcasting rules and their errors',
    Component: lazy(() => import('./broadcast/BroadcastView')),
  },
  {
    id: 'mask',
    title: 'Masks',
    summary: 'Boolean masks with several conditions, argwhere and nonzero',
    Component: lazy(() => import('./mask/MaskView')),
  },
];
