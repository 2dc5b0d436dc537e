import { describe, expect, it } from 'vitest';
import {
  actors,
  careerPhases,
  contexts,
  interventionDomains,
  interventionLevels,
  needs,
  polarities,
} from '../../../shared/domain/axes.ts';
import { defaultPresetId, findPreset, taxonomyPresets } from '../../../shared/domain/presets/index.ts';
import { survey13Preset, survey13Sources } from '../../../shared/domain/presets/survey13.ts';
import { thesisPreset } from '../../../shared/domain/presets/thesis.ts';
import { solutionTemplates } from '../../../shared/domain/templates.ts';
import type {
  AxisValue,
  CodeNode,
  Label,
  SolutionFieldId,
  TaxonomyPreset,
} from '../../../shared/domain/types.ts';

interface Visit {
  node: CodeNode;
  /** 0 = theme, 1 = subtheme or factor directly under a theme, 2 = factor under a subtheme. */
  depth: number;
  parent: CodeNode | null;
  tree: 'stressor' | 'energy';
}

function walk(themes: CodeNode[], tree: Visit['tree']): Visit[] {
  const out: Visit[] = [];
  const visit = (node: CodeNode, depth: number, parent: CodeNode | null): void => {
    out.push({ node, depth, parent, tree });
    for (const child of node.children ?? []) visit(child, depth + 1, node);
  };
  for (const theme of themes) visit(theme, 0, null);
  return out;
}

function nodesOf(preset: TaxonomyPreset): Visit[] {
  return [...walk(preset.stressorThemes, 'stressor'), ...walk(preset.energyThemes, 'energy')];
}

function byId(preset: TaxonomyPreset): Map<string, CodeNode> {
  return new Map(nodesOf(preset).map(({ node }) => [node.id, node]));
}

function expectLabel(label: Label, what: string): void {
  for (const lang of ['nl', 'en'] as const) {
    expect(label[lang].trim(), `${what} (${lang})`).not.toBe('');
    expect(label[lang], `${what} (${lang}) is one line`).not.toMatch(/\n/);
  }
}

function childSum(node: CodeNode): number {
  return (node.children ?? []).reduce((sum, child) => sum + (child.count?.value ?? 0), 0);
}

const thesisNodes = nodesOf(thesisPreset);
const thesisById = byId(thesisPreset);

function countOf(id: string): number | undefined {
  return thesisById.get(id)?.count?.value;
}

describe('taxonomy presets', () => {
  it('lists the thesis first, makes it the default and finds presets by id', () => {
    expect(taxonomyPresets.map((preset) => preset.id)).toEqual(['thesis', 'survey13']);
    expect(defaultPresetId).toBe('thesis');
    expect(findPreset('thesis')).toBe(thesisPreset);
    expect(findPreset('survey13')).toBe(survey13Preset);
    expect(findPreset('nope')).toBeUndefined();
  });

  for (const preset of taxonomyPresets) {
    describe(preset.id, () => {
      const nodes = nodesOf(preset);

      it('has unique ids', () => {
        const ids = nodes.map(({ node }) => node.id);
        expect(new Set(ids).size).toBe(ids.length);
      });

      it('gives every node a Dutch and English label and definition', () => {
        expectLabel(preset.label, `${preset.id} label`);
        expectLabel(preset.description, `${preset.id} description`);
        expect(preset.source.trim()).not.toBe('');
        for (const { node } of nodes) {
          expectLabel(node.label, `${node.id} label`);
          expectLabel(node.definition, `${node.id} definition`);
        }
      });

      it('only uses known axis values', () => {
        const contextIds = new Set<string>(contexts.map((value) => value.id));
        const needIds = new Set<string>(needs.map((value) => value.id));
        const phaseIds = new Set<string>(careerPhases.map((value) => value.id));
        for (const { node } of nodes) {
          if (node.context?.value) expect(contextIds).toContain(node.context.value);
          if (node.need?.value) expect(needIds).toContain(node.need.value);
          const phases = node.phases?.value;
          if (Array.isArray(phases)) {
            expect(phases.length, node.id).toBeGreaterThan(0);
            for (const phase of phases) expect(phaseIds).toContain(phase);
          }
        }
      });
    });
  }
});

describe('thesis preset: structure', () => {
  const segment = '[a-z0-9]+(?:-[a-z0-9]+)*';
  const idPattern = new RegExp(`^[se]-${segment}(?:/${segment}){0,2}$`);

  it('has well-formed, path-shaped ids with the polarity prefix', () => {
    for (const { node, parent, tree } of thesisNodes) {
      expect(node.id, node.id).toMatch(idPattern);
      expect(node.id.startsWith(tree === 'stressor' ? 's-' : 'e-'), node.id).toBe(true);
      if (parent) {
        const rest = node.id.slice(parent.id.length + 1);
        expect(node.id.startsWith(`${parent.id}/`), node.id).toBe(true);
        expect(rest, node.id).not.toContain('/');
      } else {
        expect(node.id, node.id).not.toContain('/');
      }
    }
  });

  it('puts every factor under a theme, at most via one subtheme', () => {
    for (const { node, depth } of thesisNodes) {
      expect(depth, node.id).toBeLessThanOrEqual(2);
      if (depth === 0) expect(node.children?.length ?? 0, node.id).toBeGreaterThan(0);
      if (depth === 2) expect(node.children, node.id).toBeUndefined();
      // A theme holds either subthemes or factors, never both.
      if (depth === 0) {
        const kinds = new Set(node.children?.map((child) => (child.children ? 'sub' : 'factor')));
        expect(kinds.size, node.id).toBe(1);
      }
    }
  });

  it('counts every node in mentions, citing its appendix', () => {
    for (const { node, tree } of thesisNodes) {
      expect(node.count, node.id).toBeDefined();
      expect(node.count?.unit).toBe('mentions');
      expect(Number.isInteger(node.count?.value) && (node.count?.value ?? 0) > 0, node.id).toBe(true);
      expect(node.count?.source, node.id).toMatch(
        tree === 'stressor' ? /^Appendix 5\.2, L/ : /^Appendix 5\.1, L/,
      );
    }
  });

  it('has the themes of the notes, in their order', () => {
    expect(thesisPreset.energyThemes.map((theme) => theme.id)).toEqual([
      'e-colleagues',
      'e-content-of-the-work',
      'e-patients',
      'e-learning-and-work-climate',
      'e-professional-development',
      'e-organization-of-the-work',
    ]);
    expect(thesisPreset.stressorThemes.map((theme) => theme.id)).toEqual([
      's-colleagues',
      's-organization',
      's-working-conditions',
      's-work-content',
      's-patients',
      's-learning-and-work-climate',
      's-professional-development',
    ]);
  });
});

describe('thesis preset: counts', () => {
  // Every theme and subtheme count of thesis-notes §3.2–3.3.
  const themeAndSubthemeCounts: Record<string, number> = {
    'e-colleagues': 35,
    'e-content-of-the-work': 33,
    'e-patients': 19,
    'e-learning-and-work-climate': 16,
    'e-learning-and-work-climate/giving-receiving-guidance': 7,
    'e-learning-and-work-climate/feeling-room-to-learn': 9,
    'e-professional-development': 18,
    'e-professional-development/clinical-development': 13,
    'e-professional-development/personal-development': 5,
    'e-organization-of-the-work': 12,
    'e-organization-of-the-work/content-preconditions': 3,
    'e-organization-of-the-work/secondary-employment-conditions': 7,
    'e-organization-of-the-work/work-processes': 2,
    's-colleagues': 11,
    's-organization': 15,
    's-organization/collaboration-with-management': 4,
    's-organization/influence-on-organization-and-work-processes': 11,
    's-working-conditions': 31,
    's-working-conditions/high-workload': 17,
    's-working-conditions/staffing': 8,
    's-working-conditions/secondary-employment-conditions': 6,
    's-work-content': 26,
    's-work-content/content-of-tasks': 26,
    's-patients': 7,
    's-learning-and-work-climate': 7,
    's-learning-and-work-climate/giving-receiving-guidance': 4,
    's-learning-and-work-climate/feeling-room-to-learn': 3,
    's-professional-development': 26,
    's-professional-development/clinical-development': 2,
    's-professional-development/personal-insecurities': 18,
    's-professional-development/prospects': 5,
  };

  it('matches every theme and subtheme count of the notes', () => {
    const actual = Object.fromEntries(
      thesisNodes.filter(({ node }) => node.children).map(({ node }) => [node.id, node.count?.value]),
    );
    expect(actual).toEqual(themeAndSubthemeCounts);
  });

  it('spot-checks numbers and labels from the notes', () => {
    expect(countOf('s-working-conditions')).toBe(31);
    expect(countOf('s-working-conditions/high-workload')).toBe(17);
    expect(countOf('e-colleagues')).toBe(35);
    expect(countOf('e-colleagues/collaboration')).toBe(30);
    expect(countOf('s-work-content/content-of-tasks/administrative-burden')).toBe(12);
    expect(countOf('s-working-conditions/high-workload/long-days-overtime')).toBe(2);
    expect(
      countOf('e-organization-of-the-work/secondary-employment-conditions/limited-travel-distance'),
    ).toBe(2);
    expect(
      thesisById
        .get('s-professional-development/personal-insecurities')
        ?.children?.map((f) => f.count?.value),
    ).toEqual([4, 1, 1, 1, 4, 3, 2, 1]);
    expect(thesisById.get('s-working-conditions')?.label).toEqual({
      nl: 'Werkomstandigheden',
      en: 'Working conditions',
    });
    expect(thesisById.get('e-colleagues')?.label).toEqual({ nl: "Collega's", en: 'Colleagues' });
    expect(thesisById.get('s-work-content/content-of-tasks/peripheral-tasks')?.label.nl).toBe('Randzaken');
  });

  it('adds up children to the parent except where the thesis itself does not', () => {
    const mismatches: Record<string, { count: number; sum: number }> = {};
    for (const { node } of thesisNodes) {
      if (!node.children) continue;
      const sum = childSum(node);
      if (sum !== node.count?.value) {
        mismatches[node.id] = { count: node.count?.value ?? NaN, sum };
        expect(node.count?.flags, `${node.id} must be flagged`).toContain('inconsistent');
      }
    }
    // Subthemes 2 + 18 + 5 against theme 26; 8 labelled factors against 9 printed counts.
    expect(mismatches).toEqual({
      's-professional-development': { count: 26, sum: 25 },
      's-professional-development/personal-insecurities': { count: 18, sum: 17 },
    });
  });

  it('flags exactly the inconsistencies of thesis-notes §3.9, each with a note', () => {
    const flagged = thesisNodes
      .filter(({ node }) => node.count?.flags?.includes('inconsistent'))
      .map(({ node }) => node.id);
    expect(flagged.sort()).toEqual(
      [
        'e-learning-and-work-climate',
        'e-learning-and-work-climate/feeling-room-to-learn',
        's-colleagues',
        's-organization/collaboration-with-management',
        's-organization/influence-on-organization-and-work-processes',
        's-work-content',
        's-professional-development',
        's-professional-development/personal-insecurities',
        's-professional-development/prospects',
      ].sort(),
    );
    const notes: Record<string, RegExp> = {
      'e-learning-and-work-climate': /n=8/,
      'e-learning-and-work-climate/feeling-room-to-learn': /n=8/,
      's-colleagues': /n=9/,
      's-organization/collaboration-with-management': /n=10/,
      's-organization/influence-on-organization-and-work-processes': /n=6/,
      's-work-content': /n=24/,
      's-professional-development': /n=25/,
      's-professional-development/personal-insecurities': /9 counts .* 8 labels/,
      's-professional-development/prospects': /n=4/,
    };
    for (const [id, pattern] of Object.entries(notes)) {
      expect(thesisById.get(id)?.count?.note, id).toMatch(pattern);
    }
  });

  it('keeps the reconstruction flags of the grid placement', () => {
    expect(thesisById.get('e-content-of-the-work')?.context).toEqual({
      value: 'organizational',
      flags: ['rebuilt'],
    });
    expect(thesisById.get('s-learning-and-work-climate/giving-receiving-guidance')?.context?.flags).toEqual([
      'probable',
    ]);
    expect(thesisById.get('s-organization/collaboration-with-management')?.context?.flags).toEqual([
      'rebuilt',
      'probable',
    ]);
    expect(thesisById.get('e-colleagues')?.phases?.value).toBe('all');
  });
});

describe('survey13 preset', () => {
  it('has the 13 stressor categories and 9 energy sources, without counts or children', () => {
    expect(survey13Preset.stressorThemes.map((node) => node.id)).toEqual(
      Array.from({ length: 13 }, (_, i) => `S${i + 1}`),
    );
    expect(survey13Preset.energyThemes.map((node) => node.id)).toEqual(
      Array.from({ length: 9 }, (_, i) => `E${i + 1}`),
    );
    for (const { node } of nodesOf(survey13Preset)) {
      expect(node.count, node.id).toBeUndefined();
      expect(node.children, node.id).toBeUndefined();
    }
  });

  it('copies labels exactly from the notes', () => {
    const nodes = byId(survey13Preset);
    expect(nodes.get('S1')?.label).toEqual({
      nl: 'Werkdruk en personeelstekort',
      en: 'Workload and staffing',
    });
    expect(nodes.get('S3')?.label.nl).toBe('Werktijden, diensten (ANW) en roosters');
    expect(nodes.get('S13')?.label).toEqual({
      nl: 'Stigma en drempels om hulp te zoeken',
      en: 'Stigma and barriers to help-seeking',
    });
    expect(nodes.get('E9')?.label).toEqual({
      nl: 'Invloed, bijdragen aan verbetering/innovatie',
      en: 'Voice and contributing to improvements',
    });
  });

  it('cites a source for every category', () => {
    const ids = nodesOf(survey13Preset).map(({ node }) => node.id);
    expect(Object.keys(survey13Sources).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(survey13Sources[id], id).toMatch(/^survey-notes §4\.[34]; /);
  });
});

describe('solution templates', () => {
  const fields: SolutionFieldId[] = [
    'title',
    'careerPhases',
    'stressors',
    'levels',
    'domain',
    'actors',
    'what',
    'how',
    'costs',
    'risks',
    'evidence',
    'status',
  ];

  it('has a blank template first, then the six hackathon groups in order', () => {
    expect(solutionTemplates).toHaveLength(7);
    expect(solutionTemplates[0]?.id).toBe('blank');
    expect(solutionTemplates[0]?.origin).toBeNull();
    expect(solutionTemplates[0]?.suggested).toEqual({});
    const groups = solutionTemplates.slice(1).map((template) => template.origin?.group.slice(0, 8));
    expect(groups).toEqual(['Group 1:', 'Group 2:', 'Group 3:', 'Group 4:', 'Group 5:', 'Group 6:']);
    for (const template of solutionTemplates.slice(1)) {
      expect(template.origin?.source, template.id).toMatch(/^thesis-notes §6\.3; thesis L\d+/);
    }
    const ids = solutionTemplates.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives a prompt in both languages for every field', () => {
    for (const template of solutionTemplates) {
      expectLabel(template.label, `${template.id} label`);
      for (const field of fields) {
        const prompt = template.prompts[field];
        expect(prompt, `${template.id}.${field}`).toBeDefined();
        if (prompt) expectLabel(prompt, `${template.id}.${field}`);
      }
    }
  });

  it('suggests names only: no numbers anywhere in the suggested fields', () => {
    for (const template of solutionTemplates) {
      expect(JSON.stringify(template.suggested), template.id).not.toMatch(/\d/);
    }
  });

  it('suggests only known axis values, with labels in both languages', () => {
    const ids = (values: AxisValue[]): Set<string> => new Set(values.map((value) => value.id));
    for (const { id, suggested } of solutionTemplates) {
      for (const level of suggested.levels ?? []) expect(ids(interventionLevels), id).toContain(level);
      if (suggested.domain) expect(ids(interventionDomains), id).toContain(suggested.domain);
      for (const phase of suggested.careerPhases ?? []) expect(ids(careerPhases), id).toContain(phase);
      for (const actor of suggested.actors ?? []) expect(ids(actors), id).toContain(actor);
      const names = [
        ...(suggested.components ?? []),
        ...(suggested.stages ?? []),
        ...(suggested.costItems ?? []),
      ];
      for (const name of names) expectLabel(name, id);
    }
  });

  it('mentions the coaching group figure only as a question in the cost prompt', () => {
    const coaching = solutionTemplates.find((template) => template.id === 'coaching-every-anios');
    expect(coaching?.prompts.costs?.en).toMatch(/\?.*€70,000.*50 anios/);
    expect(coaching?.prompts.costs?.nl).toMatch(/\?.*€70\.000.*50 anios/);
  });
});

describe('axes', () => {
  const idsOf = (values: AxisValue[]): string[] => values.map((value) => value.id);

  it('has the expected ids', () => {
    expect(idsOf(polarities)).toEqual(['stressor', 'energy']);
    expect(idsOf(contexts)).toEqual(['physical', 'social', 'organizational']);
    expect(idsOf(needs)).toEqual(['autonomy', 'competence', 'relatedness']);
    expect(idsOf(careerPhases)).toEqual([
      'intern',
      'anios',
      'aios',
      'junior-specialist',
      'senior-specialist',
    ]);
    expect(idsOf(interventionLevels)).toEqual(['individual', 'organizational', 'national']);
    expect(idsOf(interventionDomains)).toEqual(['workplace', 'selfcare', 'treatment', 'career']);
    expect(idsOf(actors)).toEqual([
      'specialist',
      'team-department',
      'hospital-board',
      'professional-association',
      'fms',
      'ministry-vws',
      'insurers',
      'inspectorate-igj',
      'faculty-training-institute',
    ]);
  });

  it('labels, defines and cites every value', () => {
    const all = [
      ...polarities,
      ...contexts,
      ...needs,
      ...careerPhases,
      ...interventionLevels,
      ...interventionDomains,
      ...actors,
    ];
    for (const value of all) {
      expect(value.id, value.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expectLabel(value.label, `${value.id} label`);
      expectLabel(value.definition, `${value.id} definition`);
      expect(value.source.trim(), value.id).not.toBe('');
    }
  });

  it('marks only the career domain as an extension, in its labels too', () => {
    const extensions = interventionDomains.filter((domain) => domain.extension);
    expect(extensions.map((domain) => domain.id)).toEqual(['career']);
    expect(extensions[0]?.label.en).toMatch(/extension/i);
    expect(extensions[0]?.label.nl).toMatch(/uitbreiding/i);
  });

  it('names micro, meso and macro in the level definitions', () => {
    expect(interventionLevels.map((level) => level.definition.en)).toEqual([
      expect.stringMatching(/micro/),
      expect.stringMatching(/meso/),
      expect.stringMatching(/macro/),
    ]);
  });
});
