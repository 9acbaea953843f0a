// Full-text search, one index per analyzer: Arabic (stemming, normalisation of hamza and
// ta marbuta), English (stemming, stop words) and French. Titles, summaries and clause texts.
CREATE FULLTEXT INDEX search_en IF NOT EXISTS FOR (n:Instrument|Provision|Body) ON EACH [n.symbol, n.titleEn, n.shortTitle, n.summaryEn, n.textEn, n.name, n.label] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE FULLTEXT INDEX search_ar IF NOT EXISTS FOR (n:Instrument|Provision|Body) ON EACH [n.titleAr, n.summaryAr, n.textAr, n.nameAr] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
CREATE FULLTEXT INDEX search_fr IF NOT EXISTS FOR (n:Instrument|Provision|Body) ON EACH [n.titleFr, n.summaryFr, n.textFr] OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
