// Every LSP feature the server offers, in registration order. A new feature adds one line here.
import { codeActionsFeature } from './codeActions';
import { configFilesFeature } from './configFiles';
import { completionFeature } from './completion';
import { diagnosticsFeature } from './diagnostics';
import { documentInfoFeature } from './documentInfo';
import type { Feature } from './feature';
import { hoverFeature } from './hover';
import { outlineFeature } from './outline';
import { pasteFeature } from './paste';

export const FEATURES: Feature[] = [configFilesFeature, diagnosticsFeature, outlineFeature, documentInfoFeature, codeActionsFeature, completionFeature, hoverFeature, pasteFeature];
