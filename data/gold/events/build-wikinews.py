#!/usr/bin/env python3
"""Build data/gold/events/wikinews.jsonl: hand-labelled CAMEO events for real Wikinews sentences.

The annotation list A below is the gold (document, sentence number, events); this script only fetches each
sentence's text and date from the two corpora (MEANTIME, GUM) and writes the JSONL. See README.md here.
Run from the repository root:  python3 data/gold/events/build-wikinews.py [DATA_DIR] [OUT]
(standard library only; DATA_DIR defaults to ../shared/data).
"""
import datetime, glob, gzip, json, re, sys
import xml.etree.ElementTree as ET

DATA = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
OUT = sys.argv[2] if len(sys.argv) > 2 else 'data/gold/events/wikinews.jsonl'

# (G = GUM sent_id "<doc>-<n>" | M = MEANTIME file-id prefix + sentence index, n, [(source, target, code)])
# (kind, doc, n, [(src,tgt,code)...])  kind G=GUM sent_id suffix, M=MEANTIME doc-id prefix + sentence index
A = [
# 01 statements
('G','GUM_news_asylum',10,[('MYSGOV','','010')]),
('G','GUM_news_taxes',15,[('ITAGOV','','010')]),
('M','127248',5,[('MNCUSA','','010')]),
('G','GUM_news_korea',14,[('KOR','','010')]),
('G','GUM_news_imprisoned',19,[('USANRM','','016')]),
('G','GUM_news_afghan',25,[('USAGOV','','011'),('AFGGOV','','010')]),
('M','118175',3,[('USAGOV','','012')]),
('M','125796',8,[('USAGOV','','013')]),
# 02 appeal
('G','GUM_news_asylum',14,[('USAGOV','SEAGOV','020')]),
('M','129865',8,[('FRAGOV','MNCFRA','0231'),('FRAGOV','MNCFRA','0231')]),
('M','108294',7,[('USAGOV','USAMIL','020')]),
('M','87805',2,[('IDNGOV','IDNBUS','020')]),
('G','GUM_news_taxes',26,[('ITACVL','ITAGOV','020')]),
# 03 intent
('M','129865',2,[('MNCFRA','','033')]),
('M','39951',2,[('AUSGOV','MNCUSA','0331')]),
('M','62929',14,[('BELGOV','BELBUS','0331')]),
('M','118175',2,[('USAGOV','MNCUSA','014')]),
('M','113267',9,[('RUSGOV','RUSBUS','0331')]),
('G','GUM_news_clock',6,[('USACVL','IGOUNO','036')]),
('G','GUM_news_clock',19,[('USACVL','IGOUNO','036')]),
('M','3835',2,[('CHNGOV','MNCUSA','0311')]),
('M','79240',2,[('MNCUSA','ROUBUS','0311')]),
# 04 consult
('G','GUM_news_asylum',12,[('USAGOV','THAGOV','040')]),
('M','129865',9,[('MNCFRA','FRAGOV','040')]),
('M','3307',8,[('MNCFRA','CHN','046')]),
('M','71526',2,[('RUSBUS','MNCUSA','046')]),
('G','GUM_news_clock',18,[('MNCUSA','USACVL','040')]),
# 05 diplomatic cooperation
('G','GUM_news_clock',5,[('USAGOV','USACVL','051'),('MNCUSA','USACVL','051')]),
('M','125796',11,[('USAGOV','MNCITA','051')]),
('G','GUM_news_flag',13,[('NZLGOV','','051')]),
('M','89284',10,[('IGOEEC','MNCUSA','051')]),
('M','5403',5,[('USAMIL','MNCUSA','057'),('MNCUSA','USAMIL','057')]),
('M','102977',3,[('GBRBUS','GBRGOV','057'),('GBRGOV','GBRBUS','057')]),
('M','71526',13,[('MNCUSA','RUSBUS','057'),('RUSBUS','MNCUSA','057')]),
# 06 material cooperation
('M','264435',5,[('MNCITA','MNCUSA','061')]),
('M','79240',5,[('ROUGOV','MNCKOR','061')]),
('M','100911',2,[('MNCUSA','USAMIL','062'),('MNCFRA','USAMIL','062')]),
# 07 aid
('G','GUM_news_asylum',3,[('IDNMIL','REF','073')]),
('M','126029',7,[('USAGOV','MNCUSA','071')]),
('M','120578',13,[('USAGOV','MNCUSA','071')]),
('M','113219',3,[('USAGOV','MNCUSA','071')]),
# 08 yield
('M','5403',2,[('USAMIL','MNCUSA','081')]),
('G','GUM_news_worship',3,[('GRCJUD','GRCCVL','081')]),
('G','GUM_news_afghan',5,[('USAGOV','','081')]),
# 09 investigate
('M','89284',8,[('IGOEEC','MNCUSA','090')]),
('G','GUM_news_clock',10,[('USACOP','USACVL','173'),('USACOP','USACVL','091')]),
('M','121134',13,[('USAGOV','MNCUSA','090')]),
# 10 demand
('M','113227',3,[('RUSGOV','','100')]),
('M','118147',3,[('USALEG','USALAB','100')]),
('G','GUM_news_taxes',3,[('ITAGOV','ITAEDU','100')]),
# 11 disapprove
('M','100911',21,[('USALEG','USAMIL','111')]),
('G','GUM_news_asylum',8,[('IGOUNO','MYS','111'),('IGOUNO','IDN','111'),('USA','MYS','111'),('USA','IDN','111')]),
('M','37313',2,[('GBRBUS','MNCUSA','115')]),
('M','58383',5,[('MNCUSA','MNCUSA','115')]),
('G','GUM_news_questionnaire',15,[('GBROPP','GBRGOV','111')]),
('G','GUM_news_imprisoned',3,[('AUSCVL','USANRM','112')]),
('M','31706',23,[('USALAB','','111')]),
# 12 reject
('M','118147',4,[('USALAB','','124')]),
('M','118147',2,[('USALEG','MNCUSA','1221')]),
('M','1173',4,[('USALEG','','120'),('USAMIL','','120')]),
('M','113219',14,[('USAGOV','MNCUSA','1221')]),
# 13 threaten
('G','GUM_news_korea',15,[('PRK','KOR','139')]),
('M','126878',4,[('USAGOV','MNCUSA','1311')]),
('M','123881',2,[('CANGOV','MNCUSA','0331'),('CANGOV','MNCUSA','1311'),('USAGOV','MNCUSA','1311')]),
# 14 protest
('M','61389',8,[('FRALAB','','143')]),
('G','GUM_interview_chomsky',42,[('USALAB','','143')]),
# 15 force posture
('G','GUM_news_korea',3,[('PRKMIL','','152')]),
('G','GUM_news_korea',10,[('PRKMIL','','154'),('PRKMIL','','139')]),
('G','GUM_interview_chomsky',28,[('RUS','','154')]),
('M','82738',6,[('TURGOV','IRQ','154')]),
# 16 reduce relations
('M','87805',3,[('IGOEEC','IDNBUS','163')]),
('M','87805',4,[('IGOEEC','IDN','163')]),
('M','87805',11,[('IDNGOV','EUR','161')]),
# 17 coerce
('G','GUM_news_clock',4,[('USACOP','USACVL','173')]),
('G','GUM_news_asylum',9,[('IDNMIL','REF','174'),('MYSMIL','REF','174')]),
# 18 assault
('M','61327',9,[('AFG','USAGOV','185')]),
# 19 fight
('G','GUM_news_korea',4,[('PRK','KOR','194'),('KOR','PRK','194')]),
('G','GUM_news_korea',6,[('KORMIL','PRKMIL','194')]),
('G','GUM_news_korea',9,[('PRK','KOR','194')]),
('G','GUM_news_korea',12,[('KOR','PRK','194')]),
('M','113267',13,[('RUS','GEO','192')]),
# no events
('G','GUM_news_election',49,[]),
('G','GUM_news_election',50,[]),
('G','GUM_news_asylum',15,[]),
('G','GUM_news_afghan',26,[]),
('G','GUM_news_afghan',28,[]),
('M','108294',9,[]),
('M','87805',12,[]),
('G','GUM_news_flag',5,[]),
('G','GUM_news_worship',7,[]),
('M','96770',3,[]),
('G','GUM_news_questionnaire',17,[]),
('G','GUM_news_taxes',14,[]),
('G','GUM_news_stampede',8,[]),
('M','71526',7,[]),
]

gum={}; gdate={}
for split in ['train','dev']:
    for line in gzip.open(f'{DATA}/ud-english-gum/en_gum-ud-{split}.conllu.gz','rt'):
        if line.startswith('# sent_id'): sid=line.split('=',1)[1].strip()
        elif line.startswith('# text ='): gum[sid]=(split,line.split('=',1)[1].strip())
def gumdate(doc):
    t=gum[doc+'-2'][1]; return datetime.datetime.strptime(t.split(', ',1)[1],'%B %d, %Y').strftime('%Y%m%d')
def detok(toks):
    s=' '.join(toks)
    s=re.sub(r"`` ",'"',s); s=re.sub(r" ''",'"',s)
    s=re.sub(r' ([,.;:!?%)\]])',r'\1',s); s=re.sub(r'([(\[]) ',r'\1',s); s=re.sub(r'\$ (?=\d)','$',s)
    s=re.sub(r"s ' ","s' ",s)
    s=re.sub(r" ('s|n't|'ll|'re|'ve|'m|'d)\b",r"\1",s)
    return s
mt={}
for f in glob.glob(DATA+'/timex-meantime/intra-doc_annotation/*/*.xml'):
    r=ET.parse(f).getroot(); toks={}
    for t in r.iter('token'): toks.setdefault(int(t.get('sentence')),[]).append(t.text or '')
    dct=next((x.get('value') for x in r.iter('TIMEX3') if x.get('functionInDocument')=='CREATION_TIME'),'')
    name=f.split('/')[-1]; mt[name.split('_')[0]]=(f.split('intra-doc_annotation/')[1],r.get('doc_id'),r.get('url'),dct,toks)
CODES={l.split('\t')[0] for l in open(DATA+'/cameo/event-codes.tsv')}
assert len(mt)==120, 'MEANTIME file ids must be unique'
out=[]; seen=set()
for kind,doc,n,evs in A:
    if kind=='G':
        split,text=gum[f'{doc}-{n}']; rid=f'wikinews:{doc}-{n}'; up=f'{doc}-{n}'
        src=f'ud-english-gum/en_gum-ud-{split}.conllu.gz'; date=gumdate(doc)
    else:
        path,did,url,dct,toks=mt[doc]; text=detok(toks[n]); rid=f'wikinews:meantime_{did}-{n}'
        up=f'{path}#sentence={n}'; src=f'timex-meantime/intra-doc_annotation/{path}'; date=(lambda d: d[6:]+d[3:5]+d[:2] if re.fullmatch(r'\d\d-\d\d-\d{4}',d) else d.replace('-',''))(dct)
    assert rid not in seen, rid; seen.add(rid)
    for s,t,c in evs: assert c in CODES, (rid, c)
    assert re.fullmatch(r'(19|20)\d\d[01]\d[0-3]\d', date), (rid, date)
    out.append({'id':rid,'upstream_id':up,'text':text,'events':[{'source':s,'target':t,'code':c} for s,t,c in dict.fromkeys(evs)],
        'no_events_expected':not evs,'set':'wikinews','source_file':src,'date':date})
with open(OUT,'w') as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+'\n')
print(len(out))
