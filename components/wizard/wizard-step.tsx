"use client";

import { PreviewStep } from "./preview-step";
import { PREVIEW_STEP, findSection } from "./report-fields";
import { SectionStep } from "./section-step";
import { useWizardStore } from "./wizard-context";

/** The step named in the URL: a section of the report's format, or the preview. */
export function WizardStep({ step }: { step: string }) {
  const store = useWizardStore();
  if (step === PREVIEW_STEP) return <PreviewStep />;
  const section = findSection(store.format, step);
  return section ? <SectionStep key={section.key} section={section} /> : null;
}
