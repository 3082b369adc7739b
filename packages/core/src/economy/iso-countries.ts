/**
 * ISO 3166-1 alpha-3 codes with their alpha-2 codes, for naming any country through the Unicode
 * CLDR names that browsers and Node ship (`Intl.DisplayNames` takes alpha-2 codes only). Every
 * code officially assigned in ISO 3166-1, plus XKK (Kosovo, user-assigned; CLDR's XK): 250.
 *
 * Source: ISO 3166-1 as published in the `i18n-iso-countries` package 7.14.0 (its
 * `getAlpha3Codes()`); `iso-countries.test.ts` checks the table against it entry by entry.
 *
 * @internal
 */

/**
 * The table, packed because it ships in the script-tag bundle (0.5 kB gzipped instead of 0.9):
 * groups by first letter, separated by spaces; in a group, the first letter and then each code's
 * last two letters, separated by commas. The alpha-2 code follows when it is not the alpha-3
 * code's first two letters (nothing follows, 157 codes) or its first and last (`.`, 72 codes):
 * `M` … `EX.` is MEX → MX, `AF.` is MAF → MF, `ACMO` is MAC → MO.
 */
const PACKED =
  'ABW.,FG,GO.,IA,LAAX,LB,ND.,RE.,RG,RM.,SM,TAAQ,TFTF,TG.,US,UT.,ZE ' +
  'BDI.,EL,ENBJ,ESBQ,FA,GD.,GR,HR,HS.,IHBA,LM,LRBY,LZ.,MU,OL,RA,RB.,RN.,TN,VT,WA ' +
  'CAF.,AN,CK,HE,HL.,HN.,IV,MR,OD.,OG.,OK.,OL,OMKM,PV.,RI,UB,UW.,XR,YMKY,YP,ZE ' +
  'DEU,JI,MA,NK.,OM,ZA ECU,GY,RI,SH.,SP,STEE,TH FIN,JI,LK.,RA,RO.,SM. ' +
  'GAB,BR,EO,GY,HA,IB,IN.,LP.,MB,NBGW,NQ.,RC,RD.,RL.,TM,UF.,UM,UY. HKG,MD,ND,RV,TI,UN ' +
  'IDN,MN,ND,OT,RLIE,RN,RQ.,SL,SRIL,TA JAM.,EY,OR,PN KAZ.,EN,GZ,HM,IR,NA,OR.,WT ' +
  'LAO,BN,BR.,BY.,CA,IE,KA,SO,TU,UX,VA ' +
  'MACMO,AF.,AR,CO,DA,DG.,DV.,EX.,HL,KD,LI,LT.,MR,NE.,NG,NP.,OZ.,RT,SR,TQ.,US,WI,YS,YTYT ' +
  'NAM,CL,ER,FK,GA,IC,IU.,LD,OR,PL,RU,ZL OMN ' +
  'PAK.,AN,CN.,ER,HL,LW.,NG.,OL.,RI,RKKP,RT.,RY.,SE,YF. QAT REU,OU,US,WA ' +
  'SAU,DN,EN.,GP,GSGS,HN,JM,LB.,LE,LV.,MR,OM,PMPM,RBRS,SD,TP,UR.,VK.,VNSI,WE.,WZ.,XM,YC.,YR ' +
  'TCA,CD.,GO,HA,JK,KL,KM.,LS,ON,TO,UN.,UR.,UV.,WN,ZA UGA,KRUA,MI,RY.,SA,ZB ' +
  'VAT,CT,EN,GB,IR,NM,UT WLF.,SM XKK YEM ZAF,MB,WE';

/** alpha-3 → alpha-2, unpacked once from {@link PACKED}. */
export const ALPHA2_BY_ALPHA3: ReadonlyMap<string, string> = new Map(
  PACKED.split(' ').flatMap((group) => {
    const first = group.charAt(0);
    return group
      .slice(1)
      .split(',')
      .map((entry) => {
        const alpha3 = first + entry.slice(0, 2);
        const alpha2 = entry.slice(2);
        return [
          alpha3,
          alpha2 === '' ? alpha3.slice(0, 2) : alpha2 === '.' ? first + alpha3.charAt(2) : alpha2,
        ] as const;
      });
  }),
);
