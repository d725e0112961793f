/** A unit as the admin pages show it: names already in both languages, the sector's names resolved. */
export interface UnitView {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  name: string;
  kind: string;
  parentId: string | null;
  depth: number;
  regionCode: string | null;
  sectorTag: string | null;
  sectorName: string | null;
  active: boolean;
  isScopeRoot: boolean;
}

export interface Option {
  value: string;
  label: string;
}
