/**
 * The common names, in Cyrillic (Russian, Kazakh), Chinese (simplified) and
 * Arabic script, of the dataset's main countries, regions, cities and people,
 * so the popup finds "Казахстан" or "كازاخستان". Search only: the page
 * matcher and the dataset keep the seeds' Latin aliases, and an entity not
 * listed here is found by its Latin names alone. A search in another script
 * that finds nothing says which scripts are read (popupNoResultsScripts).
 *
 * Keyed by entity id; a test checks that every id exists in the seeds.
 */
export const NATIVE_NAMES: Readonly<Record<string, readonly string[]>> = {
  china: ['Китай', 'Қытай', '中国', '中國', 'الصين'],
  kazakhstan: ['Казахстан', 'Қазақстан', '哈萨克斯坦', 'كازاخستان'],
  russia: ['Россия', 'Ресей', '俄罗斯', 'روسيا'],
  switzerland: ['Швейцария', '瑞士', 'سويسرا'],
  'soviet-union': ['Советский Союз', 'СССР', '苏联', 'الاتحاد السوفيتي'],
  xinjiang: ['Синьцзян', '新疆', 'شينجيانغ'],
  'central-asia': ['Центральная Азия', 'Орталық Азия', '中亚', 'آسيا الوسطى'],
  eurasia: ['Евразия', '欧亚大陆', 'أوراسيا'],
  'xi-jinping': ['Си Цзиньпин', '习近平', 'شي جين بينغ'],
  'li-keqiang': ['Ли Кэцян', '李克强', 'لي كه تشيانغ'],
  'karim-masimov': ['Карим Масимов', 'Кәрім Мәсімов', '马西莫夫'],
  astana: ['Астана', '阿斯塔纳', 'أستانا', 'استانا'],
  beijing: ['Пекин', '北京', 'بكين'],
  moscow: ['Москва', '莫斯科', 'موسكو'],
  almaty: ['Алматы', '阿拉木图', 'ألماتي', 'الماتي'],
  davos: ['Давос', '达沃斯', 'دافوس'],
};

export function nativeNames(entityId: string): readonly string[] {
  return NATIVE_NAMES[entityId] ?? [];
}

/** Whether a query is written in some script other than Latin (digits and symbols do not count). */
export function hasNonLatinLetters(query: string): boolean {
  return /(?!\p{Script=Latin})\p{L}/u.test(query);
}
