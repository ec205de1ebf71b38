// Every LSP feature the server offers, in registration order. A new feature adds one line here.
import { codeActionsFeature } from './codeActions';
import { configFilesFeature } from './configFiles';
import { completionFeature } from './completion';
import { diagnosticsFeature } from './diagnostics';
import { documentInfoFeature } from './documentInfo';
import { exportDocxFeature } from './exportDocx';
import type { Feature } from './feature';
import { formattingFeature } from './formatting';
import { hoverFeature } from './hover';
import { importFeature } from './importFile';
import { outlineFeature } from './outline';
import { workspaceFeature } from './workspace';
import { previewFeature } from './preview';
import { nextYearFeature } from './nextYear';
import { pasteFeature } from './paste';

export const FEATURES: Feature[] = [
  configFilesFeature,
  diagnosticsFeature,
  outlineFeature,
  documentInfoFeature,
  codeActionsFeature,
  completionFeature,
  hoverFeature,
  formattingFeature,
  importFeature,
  workspaceFeature,
  exportDocxFeature,
  previewFeature,
  nextYearFeature,
  pasteFeature,
];
