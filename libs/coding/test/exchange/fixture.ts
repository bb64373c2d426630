import type { ExchangeCode } from '../../src/exchange/types';

/** A nested codebook (three levels) using every category, unicode and XML/CSV metacharacters. */
export const CODEBOOK: ExchangeCode[] = [
  {
    id: '0b7c7f1e-2f6a-4f51-9d55-6a1c1f0e0001',
    name: 'Frustrations & "pain" <points>',
    description: `When exports fail, it's "slow" & <broken>; see ]]> too.`,
    category: 'PAIN_POINT',
    parentId: null,
    color: '#E04F5F',
  },
  {
    id: '0b7c7f1e-2f6a-4f51-9d55-6a1c1f0e0002',
    name: "Slow exports (it's > 10 s)",
    description: 'Line one\nline two\twith a tab',
    category: 'PAIN_POINT',
    parentId: '0b7c7f1e-2f6a-4f51-9d55-6a1c1f0e0001',
    color: null,
  },
  {
    id: '0b7c7f1e-2f6a-4f51-9d55-6a1c1f0e0003',
    name: 'Größere Ziele 🎯',
    description: null,
    category: 'GOAL',
    parentId: null,
    color: '#2a9d8f',
  },
  {
    id: '0b7c7f1e-2f6a-4f51-9d55-6a1c1f0e0004',
    name: "Users' 'own' goals",
    description: 'Ce que les utilisateurs veulent — vraiment.',
    category: 'MOTIVATION',
    parentId: '0b7c7f1e-2f6a-4f51-9d55-6a1c1f0e0003',
    color: null,
  },
  {
    id: '0b7c7f1e-2f6a-4f51-9d55-6a1c1f0e0005',
    name: '日本語のコード',
    description: '行動パターン',
    category: 'BEHAVIOR',
    parentId: '0b7c7f1e-2f6a-4f51-9d55-6a1c1f0e0004',
    color: null,
  },
  {
    id: '0b7c7f1e-2f6a-4f51-9d55-6a1c1f0e0006',
    name: 'Needs: faster sync',
    description: 'Name with a comma, and "quotes"',
    category: 'NEED',
    parentId: '0b7c7f1e-2f6a-4f51-9d55-6a1c1f0e0003',
    color: null,
  },
  {
    id: '0b7c7f1e-2f6a-4f51-9d55-6a1c1f0e0007',
    name: 'Skeptical of AI',
    description: null,
    category: 'ATTITUDE',
    parentId: null,
    color: null,
  },
  {
    id: '0b7c7f1e-2f6a-4f51-9d55-6a1c1f0e0008',
    name: 'Age 35–44',
    description: 'Self-reported',
    category: 'DEMOGRAPHIC',
    parentId: null,
    color: '#000000',
  },
  {
    id: '0b7c7f1e-2f6a-4f51-9d55-6a1c1f0e0009',
    name: 'Misc',
    description: null,
    category: 'OTHER',
    parentId: '0b7c7f1e-2f6a-4f51-9d55-6a1c1f0e0008',
    color: null,
  },
];

/**
 * A codebook as QualCoder / MAXQDA / ATLAS.ti write it: BOM, schema
 * attributes, attribute order of their own, upper-case guids, an uncodable
 * parent, extra elements, a comment, CDATA, entities and a foreign set.
 */
export const FOREIGN_QDC = `\uFEFF<?xml version="1.0" encoding="utf-8"?>
<!-- exported by a QDA tool -->
<CodeBook xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="urn:QDA-XML:codebook:1.0 Codebook.xsd"
          origin="MAXQDA 24" xmlns="urn:QDA-XML:codebook:1.0">
  <Codes>
    <Code isCodable="false" name="Barriers" guid="1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" color="#46AA00" shortcut="B">
      <Description>
        Things that stop people
      </Description>
      <NoteRef targetGUID="AAAAAAAA-6F6F-4B0C-8BE5-BBDC91F55294"/>
      <Code guid="2FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" isCodable="true" name="Cost &amp; pricing">
        <Description><![CDATA[Mentions of <price> & "budget"]]></Description>
        <Code guid="3FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" name="Caf&#233; &#xE9;tudiant" isCodable="true"/>
      </Code>
      <Code guid="4FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" name="Time" isCodable="true"><Description></Description></Code>
    </Code>
    <Code guid="5FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" name="Delight" isCodable="true" color="red">
      <MemoText>unknown element</MemoText>
    </Code>
  </Codes>
  <Sets>
    <Set name="code group 1" guid="ECA18D76-2B8B-4F26-BC1D-19ECA19FB3F0">
      <Description>kategorie 1</Description>
      <MemberCode guid="1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" />
    </Set>
  </Sets>
</CodeBook>
`;
