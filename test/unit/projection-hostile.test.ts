import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from '../../shared/board/commands.ts';
import { cardsMap } from '../../shared/board/layout.ts';
import { projectBoard } from '../../shared/board/projection.ts';
import { addCostRow, createSolution, projectSolutions, solutionsMap } from '../../shared/board/solutions.ts';
import { nodeKeys, nodesMap, taxonomyMap } from '../../shared/taxonomy/layout.ts';
import { projectTaxonomy } from '../../shared/taxonomy/projection.ts';
import { stressorCard } from '../helpers/fixtures.ts';

/**
 * Hostile keys and hostile text in the three projections every view reads (group boards,
 * solution canvases, the event taxonomy). Yjs has no schema, so a peer can write any key
 * and any value; what is checked here: `__proto__`, `constructor` and `prototype` — as ids
 * in maps, as keys inside an entry, as members of sets, as values — never reach an object
 * prototype or a projected object, and text full of HTML comes out as the same plain
 * string (rendering escapes it; nothing in the projection parses or rewrites it).
 */

const prototypeKeys = ['__proto__', 'constructor', 'prototype'] as const;
const polluting = ['polluted', 'isAdmin', 'polarity', 'axis', 'order', 'item', 'text', 'x'];

/**
 * An object with an own `__proto__` key, as JSON.parse (and a peer's update) makes it. (An
 * own `constructor` key cannot be written locally: Yjs refuses a value whose constructor
 * is not Object — so it comes as a key of the Y.Map instead.)
 */
const ownProto = (): Record<string, unknown> =>
  JSON.parse('{"__proto__":{"polluted":"yes","isAdmin":true},"prototype":{"polluted":"yes"}}') as Record<
    string,
    unknown
  >;

const html = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(document.cookie)">',
  '"><svg/onload=alert(1)>',
  '<a href="javascript:alert(1)">klik</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '&lt;b&gt; &amp;amp; </textarea><iframe srcdoc="<script>x</script>">',
].join('\n');

/** The same doc as a remote peer receives it: through an encoded update. */
function viaUpdate(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** A Y.Map with hostile keys (and nested hostile values), as any peer could write it. */
function hostileEntries(map: Y.Map<unknown>): void {
  const nested = new Y.Map<unknown>();
  nested.set('polluted', 'yes');
  map.set('__proto__', nested);
  map.set('constructor', { prototype: { polluted: 'yes' }, isAdmin: true });
  map.set('prototype', ownProto());
}

function expectPlain(value: object, keys: string[], what: string): void {
  expect(Object.getPrototypeOf(value), what).toBe(Object.prototype);
  expect(Object.keys(value).sort(), what).toEqual([...keys].sort());
  for (const key of polluting) {
    if (!keys.includes(key))
      expect((value as Record<string, unknown>)[key], `${what}.${key}`).toBeUndefined();
  }
}

const cardKeyList = [
  'authorId',
  'authorName',
  'createdAt',
  'id',
  'order',
  'polarity',
  'sensitive',
  'tags',
  'text',
];
const tagKeyList = ['code', 'context', 'evidence', 'need', 'phases'];

describe('hostile keys and text in the projections', () => {
  afterEach(() => {
    // A leak would poison every later test in this worker: fail here, and clean up.
    const leaked = Object.getOwnPropertyNames(Object.prototype).filter((key) => polluting.includes(key));
    for (const key of leaked) delete (Object.prototype as Record<string, unknown>)[key];
    expect(leaked).toEqual([]);
    expect(typeof Object.prototype.constructor).toBe('function');
    expect(Object.prototype.constructor).toBe(Object);
  });

  describe('projectBoard', () => {
    it('prototype names as card ids: __proto__ and prototype are refused, constructor is an ordinary card', () => {
      const doc = new Y.Doc();
      addCard(doc, stressorCard('cgood000001', 'echt'));
      const template = cardsMap(doc).get('cgood000001')!;
      doc.transact(() => {
        for (const id of prototypeKeys) {
          const card = new Y.Map<unknown>();
          for (const [key, value] of template.entries()) {
            card.set(
              key,
              value instanceof Y.Text
                ? new Y.Text(`card ${id}`)
                : value instanceof Y.Map
                  ? new Y.Map()
                  : value,
            );
          }
          cardsMap(doc).set(id, card);
        }
      });
      const board = projectBoard(viaUpdate(doc));
      expect([...board.rejected].sort()).toEqual(['__proto__', 'prototype']);
      // "constructor" matches the card id pattern (c + 8–24 of [0-9a-z]); it is just an id.
      expect(board.cards.map((card) => card.id).sort()).toEqual(['cgood000001', 'constructor']);
      for (const card of board.cards) expectPlain(card, cardKeyList, card.id);
      expect(Object.getPrototypeOf(board)).toBe(Object.prototype);
      expect(Object.keys(board).sort()).toEqual(['cards', 'rejected', 'schemaVersion']);
    });

    it('prototype keys inside a card, in its tag sets and as tag values never reach a prototype', () => {
      const doc = new Y.Doc();
      addCard(doc, stressorCard('cprotokeys1', 'tekst'));
      const card = cardsMap(doc).get('cprotokeys1')!;
      doc.transact(() => {
        hostileEntries(card);
        for (const set of ['phases', 'evidence']) {
          const members = card.get(set) as Y.Map<unknown>;
          for (const key of prototypeKeys) members.set(key, true);
          members.set('careerPhase:anios', true);
        }
        card.set('code', '__proto__');
        card.set('context', 'constructor');
        card.set('need', ownProto());
      });
      const [projected] = projectBoard(viaUpdate(doc)).cards;
      expectPlain(projected!, cardKeyList, 'card');
      expectPlain(projected!.tags, tagKeyList, 'tags');
      // Set members are plain strings in arrays; __proto__ is never a member.
      expect(projected!.tags.phases).toEqual(['careerPhase:anios', 'constructor', 'prototype']);
      expect(projected!.tags.evidence).toEqual(['careerPhase:anios', 'constructor', 'prototype']);
      expect(projected!.tags.code).toBeNull();
      expect(projected!.tags.context).toBe('constructor');
      expect(projected!.tags.need).toBeNull();
      expect(Array.isArray(projected!.tags.phases) && Object.getPrototypeOf(projected!.tags.phases)).toBe(
        Array.prototype,
      );
    });

    it('card text and author name with HTML and scripts come out as the same plain string', () => {
      const doc = new Y.Doc();
      addCard(doc, { ...stressorCard('chtmltext01', html), authorName: '<b onmouseover=alert(1)>Anna</b>' });
      const [card] = projectBoard(viaUpdate(doc)).cards;
      expect(card!.text).toBe(html);
      expect(typeof card!.text).toBe('string');
      expect(card!.authorName).toBe('<b onmouseover=alert(1)>Anna</b>');
    });

    it('embeds and formatting in a card text (even with a __proto__ attribute) are left out of the plain text', () => {
      const doc = new Y.Doc();
      addCard(doc, stressorCard('cembedded01', 'voor'));
      const text = cardsMap(doc).get('cembedded01')!.get('text') as Y.Text;
      doc.transact(() => {
        text.insertEmbed(text.length, { script: '<script>alert(1)</script>' });
        text.insert(text.length, ' na', { ...ownProto(), bold: true });
        text.format(0, 2, ownProto());
      });
      const [card] = projectBoard(viaUpdate(doc)).cards;
      expect(card!.text).toBe('voor na');
    });
  });

  describe('projectSolutions', () => {
    function solutionDoc(): { doc: Y.Doc; solution: Y.Map<unknown> } {
      const doc = new Y.Doc();
      createSolution(doc, { id: 'sprotokeys1', templateId: 'blank', createdAt: 1, costItems: ['Coach'] });
      return { doc, solution: solutionsMap(doc).get('sprotokeys1')! };
    }
    const solutionKeyList = Object.keys(projectSolutions(solutionDoc().doc)[0]!);

    it('prototype names as solution ids are refused', () => {
      const { doc, solution } = solutionDoc();
      doc.transact(() => {
        for (const id of prototypeKeys) solutionsMap(doc).set(id, solution.clone() as Y.Map<unknown>);
      });
      const solutions = projectSolutions(viaUpdate(doc));
      expect(solutions.map((s) => s.id)).toEqual(['sprotokeys1']);
    });

    it('prototype keys inside a solution, in its sets, as its values and in its cost rows never reach a prototype', () => {
      const { doc, solution } = solutionDoc();
      const rowId = addCostRow(doc, 'sprotokeys1', 'Training')!;
      doc.transact(() => {
        hostileEntries(solution);
        for (const set of [
          'careerPhases',
          'levels',
          'actors',
          'evidence',
          'stressorCards',
          'stressorCodes',
        ]) {
          const members = solution.get(set) as Y.Map<unknown>;
          for (const key of prototypeKeys) members.set(key, true);
        }
        solution.set('templateId', '__proto__');
        solution.set('domain', 'constructor');
        solution.set('status', 'constructor');
        solution.set('costPeriod', '__proto__');
        solution.set('costPeople', { valueOf: 5 });
        const costs = solution.get('costs') as Y.Map<Y.Map<unknown>>;
        const row = costs.get(rowId)!;
        hostileEntries(row);
        row.set('quantity', '__proto__');
        row.set('unitCost', ownProto());
        for (const id of prototypeKeys) costs.set(id, row.clone() as Y.Map<unknown>);
      });
      const [projected] = projectSolutions(viaUpdate(doc));
      expectPlain(projected!, solutionKeyList, 'solution');
      for (const set of [
        'careerPhases',
        'levels',
        'actors',
        'evidence',
        'stressorCards',
        'stressorCodes',
      ] as const)
        expect(projected![set], set).toEqual(['constructor', 'prototype']);
      expect(projected!.templateId).toBe('blank');
      expect(projected!.domain).toBe('constructor');
      expect(projected!.status).toBe('idea');
      expect(projected!.costPeriod).toBe('year');
      expect(projected!.costPeople).toBeNull();
      // Only the two real rows: rows stored under prototype names are refused.
      expect(projected!.costs.map((row) => row.item)).toEqual(['Coach', 'Training']);
      for (const row of projected!.costs)
        expectPlain(row, ['id', 'item', 'order', 'quantity', 'unitCost'], row.id);
      const training = projected!.costs.find((row) => row.id === rowId)!;
      expect(training.quantity).toBeNull();
      expect(training.unitCost).toBeNull();
    });

    it('solution texts and cost items with HTML and scripts come out as the same plain strings', () => {
      const { doc, solution } = solutionDoc();
      doc.transact(() => {
        for (const field of ['title', 'what', 'how', 'risks'])
          (solution.get(field) as Y.Text).insert(0, html);
        const costs = solution.get('costs') as Y.Map<Y.Map<unknown>>;
        for (const row of costs.values()) row.set('item', '<script>alert("€")</script>');
      });
      const [projected] = projectSolutions(viaUpdate(doc));
      expect([projected!.title, projected!.what, projected!.how, projected!.risks]).toEqual([
        html,
        html,
        html,
        html,
      ]);
      expect(projected!.costs[0]!.item).toBe('<script>alert("€")</script>');
    });
  });

  describe('projectTaxonomy', () => {
    function nodeMap(fields: Record<string, unknown>): Y.Map<unknown> {
      const map = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(fields)) map.set(key, value);
      return map;
    }
    const node = (axis: string, parentId: string | null, label: string) => ({
      [nodeKeys.axis]: axis,
      [nodeKeys.parentId]: parentId,
      [nodeKeys.order]: 'i',
      [nodeKeys.labelNl]: label,
      [nodeKeys.labelEn]: label,
    });

    it('prototype names as node ids, parents, axes, flags and keys never reach a prototype', () => {
      const doc = new Y.Doc();
      doc.transact(() => {
        nodesMap(doc).set('__proto__', nodeMap(node('stressorCode', null, 'proto')));
        nodesMap(doc).set('constructor', nodeMap(node('stressorCode', null, 'Constructor-thema')));
        nodesMap(doc).set('prototype', nodeMap(node('stressorCode', 'constructor', 'Prototype-factor')));
        nodesMap(doc).set('xchild00001', nodeMap(node('stressorCode', '__proto__', 'kind van proto')));
        nodesMap(doc).set('xorphan0001', nodeMap(node('stressorCode', 'xmissing001', 'wees')));
        nodesMap(doc).set('xaxisproto1', nodeMap(node('__proto__', null, 'as __proto__')));
        nodesMap(doc).set('xaxisctor01', nodeMap(node('constructor', null, 'as constructor')));
        const keyed = nodeMap({
          ...node('actor', null, 'Sleutels'),
          [nodeKeys.flags]: [...prototypeKeys, 'rebuilt'],
        });
        hostileEntries(keyed);
        nodesMap(doc).set('xhostile001', keyed);
        taxonomyMap(doc).set('__proto__', { polluted: 'yes' });
      });
      const view = projectTaxonomy(viaUpdate(doc));
      // A parentId that is no node id at all (__proto__) makes the node invalid, like any
      // other malformed field; a parent that is merely missing puts the node at the top.
      expect([...view.nodes.keys()].sort()).toEqual([
        'constructor',
        'prototype',
        'xhostile001',
        'xorphan0001',
      ]);
      expect(view.nodes.get('xorphan0001')!.parentId).toBeNull();
      expect(view.nodes.get('prototype')!.parentId).toBe('constructor');
      expect(view.nodes.get('constructor')!.childIds).toEqual(['prototype']);
      expect(view.roots.stressorCode.map((n) => n.id).sort()).toEqual(['constructor', 'xorphan0001']);
      expect(view.nodes.get('xhostile001')!.flags).toEqual(['rebuilt']);
      expect(Object.keys(view.roots).sort()).toEqual(
        ['actor', 'careerPhase', 'context', 'domain', 'energyCode', 'level', 'need', 'stressorCode'].sort(),
      );
      expect(Object.getPrototypeOf(view.roots)).toBe(Object.prototype);
      const nodeKeyList = Object.keys(view.nodes.get('constructor')!);
      for (const projected of view.nodes.values()) expectPlain(projected, nodeKeyList, projected.id);
      expect(view.presetId).toBeNull();
    });

    it('labels and definitions with HTML and scripts come out as the same plain strings (cut to length)', () => {
      const doc = new Y.Doc();
      doc.transact(() => {
        nodesMap(doc).set(
          'xhtmlnode01',
          nodeMap({
            ...node('need', null, '<script>alert(1)</script>'),
            [nodeKeys.definitionNl]: html,
            [nodeKeys.definitionEn]: '<img src=x onerror=alert(1)>',
          }),
        );
      });
      const projected = projectTaxonomy(viaUpdate(doc)).nodes.get('xhtmlnode01')!;
      expect(projected.label).toEqual({ nl: '<script>alert(1)</script>', en: '<script>alert(1)</script>' });
      expect(projected.definition).toEqual({ nl: html.slice(0, 600), en: '<img src=x onerror=alert(1)>' });
    });
  });
});
