import re,os,glob
out={}
DOC=r'/\*\*((?:(?!\*/).)*)\*/'
def clean(t):
    t=re.sub(r'^\s*\* ?','',t,flags=re.M)
    t=re.sub(r'\{@(?:link|linkplain|code) ([^}]*)\}',lambda x:x.group(1).split(' ',1)[-1] if ' ' in x.group(1).strip() else x.group(1).split('#')[-1],t)
    t=re.sub(r'<[^>]+>','',t)
    t=t.replace('&amp;','&').replace('&lt;','<').replace('&gt;','>')
    return ' '.join(t.split())
def main_text(doc):
    return re.split(r'\n\s*\*\s*@|\n\s*\*\s*\n|\n\s*\*\s*<p>',doc)[0]
for f in sorted(glob.glob('core/src/main/java/no/helseplan/**/*.java',recursive=True)):
    if f.endswith('package-info.java'): continue
    src=open(f).read()
    cls=os.path.basename(f)[:-5]
    m=re.search(DOC+r'\s*(?:@[\w.]+(?:\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))?\s*)*public (?:abstract |sealed |final |non-sealed )*(?:class|interface|enum) '+cls+r'\b',src,re.S)
    if m: out[cls]=clean(main_text(m.group(1)))
    for mm in re.finditer(DOC+r'\s*((?:@[\w.]+(?:\([^)]*\))?\s*)*)(?:public )?(?:abstract )?(?:default )?[\w.<>, ?]+ (get|is)(\w+)\(\)',src,re.S):
        doc,annos,pre,name=mm.groups()
        if 'JsonIgnore' in annos: continue
        prop=name[0].lower()+name[1:]
        d=clean(main_text(doc))
        if d.startswith('Returns '): d=d[len('Returns '):]; d=d[0].upper()+d[1:]
        out[cls+'.'+prop]=d
    if re.search(r'public enum '+cls,src):
        for em in re.finditer(DOC+r'\s*([A-Z][A-Z0-9_]*)\(',src,re.S):
            out[cls+'.'+em.group(2).lower()]=clean(em.group(1))
consts=set()
for f in glob.glob('core/src/main/java/no/helseplan/**/*.java',recursive=True):
    src=open(f).read()
    if re.search(r'public enum ',src):
        consts.update(re.findall(r'^  ([A-Z][A-Z0-9_]*)\(',src,re.M))
for k in out:
    out[k]=re.sub(r'\b[A-Z][A-Z0-9_]+\b',lambda x:x.group(0).lower() if x.group(0) in consts and (len(x.group(0))>2 and '_' in x.group(0) or x.group(0) in ('NB','NN','EN','MEASURE','OTHER','GOAL','FOCUS_AREA','SEE_ALSO','LASTING','ITEM','EVERY_N_YEARS')) else x.group(0),out[k])
lines=['# Descriptions of the JSON Schema, extracted from the Javadoc of the model (core) with a script run by hand;',
       '# keys: Type, Type.property, Enum.constant. SchemaTest fails when a schema property has no description here.']
for k in sorted(out):
    lines.append(k+'='+out[k].replace('\\','\\\\'))
open('io/src/main/resources/no/helseplan/io/internal/schema-descriptions.properties','w').write('\n'.join(lines)+'\n')
print(len(out))
