import type { CheckStrings } from './check-types.ts';

const listing = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} y ${items.at(-1)!}`);
const count = (value: number, word: string, plural = `${word}s`) => `${value} ${value === 1 ? word : plural}`;

/** "dentro del periodo (…)": `de` + `el` contract to `del`, as Spanish requires. */
const dentroDe = (period: string) => (period.startsWith('el ') ? `dentro del ${period.slice(3)}` : `dentro de ${period}`);

export const checksEs: CheckStrings = {
  listing,
  period: (start, end) => `el periodo (del ${start} al ${end})`,
  words: (value) => count(value, 'palabra'),
  days: (value) => count(value, 'día'),

  knowledge: {
    about: {
      industry: 'el sector del cliente (su mercado, sus tendencias y sus presiones)',
      client:
        'la situación del negocio del cliente (sus ventajas competitivas, sus principales problemas, sus competidores y su historia con nosotros)',
      vision: 'cómo nuestra oferta mejora el negocio del cliente (una visión de negocio, no un catálogo)',
    },
    found: (titles) =>
      titles.length ? ` (sus secciones: ${titles.map((title) => `\`${title}\``).join(', ')})` : ' (su cuerpo no tiene secciones `##`)',
    noSection: (title, found) => `El plan no tiene sección \`${title}\`${found}.`,
    addKnowledge: (knowledge, industry, client, min, industryAbout, clientAbout) =>
      `Añade \`## ${knowledge}\` con una subsección \`### ${industry}\` y otra \`### ${client}\` de al menos ${min} palabras cada una, sobre ${industryAbout} y sobre ${clientAbout}.`,
    noSubsection: (section, title) => `\`${section}\` no tiene subsección \`${title}\`.`,
    addSubsection: (title, min, about) => `Añade debajo \`### ${title}\` con al menos ${min} palabras sobre ${about}.`,
    tooShort: (title, words, min) => `${title} tiene ${count(words, 'palabra')}; hacen falta al menos ${min}.`,
    writeMore: (about) => `Escribe más sobre ${about}.`,
    has: (title, words) => `\`${title}\` tiene ${count(words, 'palabra')}`,
    passed: (counts, min) => `${counts.join(' y ')} (al menos ${min} cada una).`,
    addVision: (title, min, about) => `Añade \`## ${title}\` con al menos ${min} palabras sobre ${about}.`,
    visionPassed: (title, words, min) => `\`${title}\` tiene ${count(words, 'palabra')} (al menos ${min}).`,
  },

  stakeholders: {
    empty: 'El mapa de interlocutores no incluye a nadie en `people`.',
    dmu: 'la unidad de toma de decisiones del cliente en `people:` (quién decide, quién influye, quién usa, quién bloquea)',
    invalid: (path) => `\`${path}\` tiene errores, así que no se han podido comprobar sus personas.`,
    fixInvalid: 'Corrige los errores indicados para ese archivo.',
    noMap: (path, lacking) => `La cuenta no tiene mapa de interlocutores (\`${path}\`), así que ${lacking}.`,
    create: (dmu) => `Créalo con ${dmu}.`,
    add: (dmu) => `Añade ${dmu}.`,
    withoutField: (value, field) => `${value} ${value === 1 ? 'persona' : 'personas'} sin \`${field}\``,
    decides: (named, value) => `${value === 1 ? 'Decide' : 'Deciden'}: ${named}.`,
    nobodyDecides: 'no se sabe quién decide',
    noDecider: (roles) => `Nadie en el mapa de interlocutores es \`decision-maker\` ni \`economic-buyer\` (papeles encontrados: ${roles}).`,
    findDecider: 'Averigua quién decide y quién tiene el presupuesto, añádelos a `people:` e indica su `buyingRole:`.',
    backs: (named, value) => `${value === 1 ? 'Nos apoya' : 'Nos apoyan'}: ${named}.`,
    nobodyBacks: 'no se sabe quién nos apoya',
    noChampion: (stances) => `Nadie en el mapa de interlocutores es \`champion\` ni \`supporter\` (actitudes encontradas: ${stances}).`,
    recordChampion:
      'Anota la actitud de la persona que nos apoya dentro del cliente (`stance: supporter` o `champion`); si todavía no nos apoya nadie, haz de ganar un defensor una acción del plan.',
    addWithStance: (dmu) => `Añade ${dmu}, con la actitud (\`stance\`) de cada persona hacia nosotros.`,
    nobodyCovered: 'no se sabe si las personas de mucha influencia están cubiertas',
    noHighInfluence: 'Nadie en el mapa tiene `influence: high`.',
    covered: (high) =>
      `${high === 1 ? 'La persona de mucha influencia tiene' : `Las ${high} personas de mucha influencia tienen`} un responsable en nuestro equipo.`,
    uncovered: (index, id, name) =>
      `\`people[${index}]\` (\`${id}\`, ${name}) tiene mucha influencia y ningún responsable (\`owner\`) en nuestro equipo.`,
    setOwner: 'Pon en `owner:` el id de equipo de la persona que la atiende.',
  },

  commitment: {
    noKpis: 'El plan no tiene `kpis`.',
    addKpis: 'Añade `kpis:` con al menos un indicador acordado con el cliente, cada uno con `name` y `target`.',
    kpiNoTarget: (index, name) => `\`kpis[${index}]\` («${name}») no tiene \`target\`.`,
    addTarget: 'Añade `target:` con el valor que hay que alcanzar al final del periodo.',
    kpisPassed: (value) => `${count(value, 'KPI')}, cada uno con su objetivo.`,
    noActions: 'El plan no tiene `actions`.',
    addActions: (period) =>
      `Añade \`actions:\` con los compromisos del periodo acordados con nuestro equipo y con el cliente, cada uno con \`owner\` y una fecha \`due\` ${dentroDe(period)}.`,
    noOwner: (action) => `${action} no tiene \`owner\`.`,
    addOwner: 'Añade `owner:` con el id de equipo de la persona responsable.',
    noDue: (action) => `${action} no tiene fecha \`due\`.`,
    addDue: (period) => `Añade \`due:\` con una fecha ${dentroDe(period)}.`,
    beforeStart: (start) => `antes de que empiece el periodo (${start})`,
    afterEnd: (end) => `después de que termine el periodo (${end})`,
    dueOutside: (index, due, side) => `\`actions[${index}].due\` es ${due}, ${side}.`,
    moveDue: (period) => `Lleva la fecha ${dentroDe(period)}, o pasa la acción al plan del periodo al que pertenece.`,
    actionsPassed: (value, period) => `${count(value, 'acción', 'acciones')}, cada una con responsable y fecha ${dentroDe(period)}.`,
    noValidation: 'El plan no tiene `clientValidation`: nadie en el cliente lo ha revisado ni se ha comprometido con él.',
    addValidation:
      'Revisa el plan con el cliente y después añade `clientValidation:` con `by:` (el id de esa persona en el mapa de interlocutores) y `date:`. Un plan que el cliente no ha visto ni asumido como propio no está terminado.',
    unknownValidator: (by) => `\`clientValidation.by\` es \`${by}\`, que no está en el mapa de interlocutores de esta cuenta.`,
    useStakeholderId: 'Usa el `id` de una persona de `stakeholders.mdx`.',
    validatedAfterPeriod: (date, end) => `\`clientValidation.date\` es ${date}, después de que termine el periodo (${end}).`,
    validateInPeriod:
      'El cliente se compromete con un plan durante su periodo o antes de que empiece: valida con el cliente el plan de este periodo y pon esa fecha.',
    validatedAfterToday: (date, today) =>
      `\`clientValidation.date\` es ${date}, posterior a hoy (${today}): la validación todavía no ha tenido lugar.`,
    setWhenValidated: 'Pon la fecha cuando el cliente haya revisado el plan y se haya comprometido con él.',
    validated: (id, name, date) => `Validado por \`${id}\` (${name}) el ${date}.`,
  },

  freshness: {
    reviewedFuture: (reviewed, today) => `\`reviewed\` es ${reviewed}, posterior a hoy (${today}).`,
    writeLastReview: 'Escribe la fecha de la última revisión que se hizo; una revisión prevista va en `nextReview`.',
    stale: (reviewed, age, today, limit) =>
      `\`reviewed\` es ${reviewed}, ${count(age, 'día')} antes de hoy (${today}); un plan se queda desactualizado a los ${limit}.`,
    nextPast: (nextReview, late, today, staleAlso) =>
      `\`nextReview\` es ${nextReview}, hace ${count(late, 'día')} (hoy es ${today})${staleAlso}.`,
    alsoStale: (reviewed, age, limit) => `, y \`reviewed\` es ${reviewed}, hace ${count(age, 'día')} (desactualizado a los ${limit})`,
    holdReview: 'Haz la revisión y después pon en `reviewed:` su fecha y en `nextReview:` la de la siguiente.',
    review: 'Revisa el plan con el equipo de la cuenta, actualiza lo que haya cambiado y pon en `reviewed:` la fecha de esa revisión.',
    noNext: 'sin `nextReview`',
    next: (nextReview) => `próxima revisión el ${nextReview}`,
    passed: (reviewed, age, limit, next) => `Revisado el ${reviewed}, hace ${count(age, 'día')} (desactualizado a los ${limit}); ${next}.`,
  },

  overdue: {
    warn: ' (Es un aviso: `completeness.overdue` es `warn`.)',
    touched: ' Este cambio toca la cuenta, así que debe poner al día la revisión (`completeness.overdue: changed`).',
    untouched:
      ' Por ahora es un aviso: un pull request que cambie esta cuenta deberá poner al día la revisión (`completeness.overdue: changed`).',
  },

  placeholders: {
    naming: (words) =>
      `${words.length > 1 ? 'los marcadores pendientes' : 'el marcador pendiente'} ${listing(words.map((word) => `\`${word}\``))}`,
    heading: (heading, naming) => `El título \`${heading}\` contiene ${naming}.`,
    giveTitle: 'Pon a la sección su título real.',
    body: (naming) => `El cuerpo todavía contiene ${naming}.`,
    write: 'Escribe en su lugar el contenido que falta.',
    isPlaceholder: (field, value) => `${field} es el marcador pendiente \`${value}\`.`,
    holds: (field, naming, value) => `${field} contiene ${naming}: ${value}.`,
    writeValue: 'Escribe el valor real, o quita el campo si es opcional.',
    passed: (documents) => `Ningún marcador pendiente en ${count(documents, 'documento')} de la cuenta.`,
  },

  selection: {
    passed: 'Están las seis puntuaciones de selección y `coInvestment`.',
    scale:
      'puntuada de 1 a 5, donde 5 siempre es bueno para nosotros (`costToServe: 5` significa que atenderla es barato): las puntuaciones sitúan la cuenta en la matriz de selección.',
    none: 'El plan no tiene puntuaciones de selección (`selection`).',
    addSelection: (scale) =>
      `Añade \`selection:\` con \`attractiveness\` (\`profitability\`, \`growth\`, \`strategicValue\`), \`position\` (\`customerKnowledge\`, \`brandImage\`, \`costToServe\`) y \`coInvestment\`, cada una ${scale}`,
    missing: (paths) => `A \`selection\` le falta ${paths}.`,
    addMissing: (value, scale) => `${value === 1 ? 'Añádela,' : 'Añádelas, cada una'} ${scale}`,
  },

  team: {
    noSponsor: 'El plan no tiene `sponsor`.',
    addSponsor:
      'Añade `sponsor:` con el id de equipo del directivo de nuestra empresa que respalda la cuenta (una persona de `content/team/`).',
    sponsorIsOwner: (id) => `\`sponsor\` es \`${id}\`, que también es el \`owner\` del plan.`,
    nameSponsor: 'El patrocinador ejecutivo respalda al KAM desde arriba: nombra a un directivo o gerente de nuestra empresa.',
    sponsored: (id) => `Patrocinado por \`${id}\`.`,
    spans: (value, functions) => `El equipo de la cuenta abarca ${count(value, 'función', 'funciones')}: ${functions}.`,
    spansNone: 'El equipo de la cuenta no abarca ninguna función.',
    spansOne: (name) => `El equipo de la cuenta abarca una sola función: ${name}.`,
    withoutFunction: (members) =>
      ` ${listing(members)} no ${members.length === 1 ? 'tiene' : 'tienen'} \`function\` en \`content/team/\`, así que no ${members.length === 1 ? 'cuenta' : 'cuentan'}.`,
    addPeople: (missingFunctions) =>
      'Añade a `team:` personas de otras funciones (logística, finanzas, ingeniería...), para que cada función del cliente tenga un interlocutor en nuestro lado' +
      (missingFunctions ? ', e indica la `function:` que falta.' : '.'),
  },

  value: {
    numbers: 'un `value.amount` (lo que vale para el cliente), o un `baseline` y un `target`',
    argue: (files) => `${listing(files)} ${files.length === 1 ? 'argumenta' : 'argumentan'} con cifras.`,
    noValid: (files) => `La cuenta no tiene ninguna propuesta de valor válida: no se ha podido leer ${files}.`,
    none: (dir) => `La cuenta no tiene propuesta de valor (ningún archivo en \`${dir}value/\`).`,
    add: (numbers) =>
      `Añade \`value/<nombre>.mdx\`: una visión del negocio del cliente con nuestra oferta, y argumentos con cifras: ${numbers}.`,
    onlyOne: (file) => `La única propuesta de valor de la cuenta, ${file}, no tiene ningún argumento con cifras.`,
    noneOf: (value, files) => `Ninguna de las ${value} propuestas de valor de la cuenta (${files}) tiene un argumento con cifras.`,
    giveNumber: (numbers) =>
      `Da al menos un argumento con ${numbers}, para que nuestro contacto pueda vender la propuesta dentro del cliente.`,
  },
  syntax: {
    noFrontmatter: 'Este archivo no tiene frontmatter. Empiézalo con una línea `---`, los campos en YAML y otra línea `---`.',
    tooDeep: (max) =>
      `Este cuerpo anida bloques a más de ${max} niveles de profundidad (citas o listas unas dentro de otras); Keyplan compila cuerpos anidados hasta ${max} niveles. Simplifícalo.`,
    mdx: (detail) =>
      `No se puede analizar este cuerpo MDX: ${detail} (mensaje del analizador). En MDX, un \`<\` o una \`{\` sueltos empiezan código: escríbelos como \`\\<\` o \`\\{\`, y cierra todas las etiquetas.`,
    yamlFrontmatter: (detail) => `El YAML del frontmatter no es válido: ${detail} (mensaje del analizador).`,
    yaml: (detail) => `El YAML no es válido: ${detail} (mensaje del analizador).`,
  },

  unsafeLink: (where, shown, scheme) =>
    `${where} es una URL \`${scheme}:\` (${shown}). Un enlace \`${scheme}:\` puede ejecutar código o cargar una página falsificada en el navegador del lector, así que Keyplan lo rechaza. Enlaza a una dirección \`https:\` o a una página del sitio.`,

  hiddenPath: {
    required: (where, path, doc) =>
      `${where}: \`${path}\` es un campo obligatorio ${{ plan: 'del plan', value: 'de la propuesta de valor', stakeholders: 'del mapa de interlocutores' }[doc]}: las páginas lo necesitan, así que no se puede ocultar. Usa una ruta con puntos como \`revenue.wallet\` o \`people.stance\`.`,
    unknown: (where, path) =>
      `${where}: \`${path}\` no nombra ningún campo de un plan, de un mapa de interlocutores ni de una propuesta de valor. Usa una ruta con puntos como \`revenue.wallet\` o \`people.stance\`.`,
  },

  files: {
    lineEndings:
      'Este archivo termina sus líneas solo con un retorno de carro (CR, como guardan algunos editores antiguos de Mac), que la compilación del sitio no sabe leer. Guárdalo con finales de línea LF (o CRLF).',
    tooLarge: (chars, max, root) =>
      `Este archivo tiene ${chars.toLocaleString('es')} caracteres; Keyplan lee archivos de contenido de hasta ${max.toLocaleString('es')}. Un plan tiene unos pocos miles: saca el material largo (exportaciones, datos, imágenes) de \`${root}/\` y enlázalo.`,
    unknownInAccount:
      'Keyplan no lee este archivo. Una carpeta de cuenta contiene `plan.mdx`, `stakeholders.mdx` y `value/<nombre>.mdx`; cámbialo de nombre o de sitio.',
    secondCopy: (name, kept) =>
      `Una cuenta tiene un solo \`${kept}\`, y este es un segundo (\`${name}\`, como el editor del navegador llama a un archivo nuevo cuando ya existe el primero): pasa lo que contiene a \`${kept}\` y después bórralo en git (el editor del navegador no borra archivos).`,
    unknownAtRoot: (root) =>
      `Keyplan no lee este archivo. \`${root}/\` contiene \`settings.yaml\`, \`team/<id>.yaml\` y \`accounts/<id>/\`.`,
    what: { team: 'de la persona del equipo', account: 'de la carpeta de cuenta', value: 'del archivo de propuesta de valor' },
    duplicate: (what, id, suggestion) =>
      `El nombre ${what} \`${id}\` solo se distingue de \`${suggestion}\` en mayúsculas o acentos. En macOS y Windows son el mismo nombre, así que uno sustituiría al otro sin avisar, y los ids van en minúsculas. Junta \`${id}\` con \`${suggestion}\` y bórralo.`,
    notSlug: (what, id, suggestion) =>
      `El nombre ${what} \`${id}\` no es un slug en minúsculas, así que no puede ser un id. Cámbialo a \`${suggestion || 'un-nombre-en-minusculas'}\`.`,
    deviceName: (what, id) =>
      `El nombre ${what} \`${id}\` es un nombre que Windows reserva para un dispositivo, así que esto no se puede descargar en Windows. Cámbialo, por ejemplo a \`${id}-1\`.`,
    noSettings: (path) => `Falta \`${path}\`. Créalo con al menos \`company: Tu Empresa\`.`,
    noPlan: (id) =>
      `La carpeta de cuenta \`${id}\` no tiene \`plan.mdx\`. Toda cuenta necesita un plan: ejecuta \`npm run new -- account "<Nombre del cliente>"\` o añade el archivo.`,
    hidden: (name) =>
      `\`${name}\` es un archivo oculto (su nombre empieza por un punto), así que no es un plan, un mapa ni una propuesta y Keyplan no lo lee. Cámbiale el nombre a un slug en minúsculas, como \`value-proposition.mdx\`, o bórralo.`,
    symlink: (target, outside) =>
      `Esto es un enlace simbólico a \`${target}\`${outside ? ', fuera de la carpeta de contenido' : ''}. Keyplan no sigue enlaces, porque el sitio publicaría lo que haya al otro lado. Sustituye el enlace por el propio archivo.`,
    encoding: (byte, line, column) =>
      `Este archivo no es texto UTF-8: el byte 0x${byte} de la línea ${line}, columna ${column}, no es UTF-8 válido. Los archivos de contenido tienen que estar en UTF-8; vuelve a guardarlo como UTF-8 en tu editor (seguramente se guardó como Latin-1 o Windows-1252, o no es un archivo de texto).`,
  },

  references: {
    didYouMean: (suggestion) => ` ¿Querías decir \`${suggestion}\`?`,
    addTeamMember: ' Usa el nombre de archivo (sin `.yaml`) de una persona de `content/team/`, o añade a esa persona allí.',
    notInTeam: (field, id) => `${field} \`${id}\` no está en el equipo.`,
    addOffering: ' Añádela a `offerings` en `content/settings.yaml` o corrige el id.',
    unknownOffering: (field, id) => `${field} nombra la oferta \`${id}\`, que \`content/settings.yaml\` no incluye.`,
    notInMap: (field, id) => `${field} es \`${id}\`, que no está en el mapa de interlocutores de esta cuenta.`,
    useStakeholderId: ' Usa el `id` de una persona de `stakeholders.mdx`.',
    duplicateId: (index, id) => `\`people[${index}].id\` \`${id}\` aparece dos veces en este mapa. Da a cada persona un id único.`,
    notInThisMap: (index, id) => `\`people[${index}].reportsTo\` es \`${id}\`, que no está en este mapa.`,
    useOtherId: ' Usa el `id` de otra persona de este archivo.',
    people: (value) => `${value} personas`,
    cycle: (index, chain) =>
      `\`people[${index}].reportsTo\` crea un ciclo de dependencia: ${chain}. Alguien de esta cadena tiene que depender de una persona de fuera de ella, o de nadie.`,
  },

  size: {
    method:
      'Las cuentas clave son los pocos clientes (el ~20 % que aporta ~80 % de las ventas) cuya pérdida o crecimiento cambia nuestros resultados: ' +
      'el método recomienda entre 15 y 35, con 5 y 50 como límites extremos y no más de ~10 en una empresa pequeña.',
    lowerLimit: (value) => `el límite inferior de ${value}`,
    upperLimit: (value) => `el límite superior de ${value}`,
    recommendedMinimum: (value) => `el mínimo recomendado de ${value}`,
    recommendedMaximum: (value) => `el máximo recomendado de ${value}`,
    tooFew: 'Comprueba si a clientes tan importantes les falta un plan o lo tienen todavía en `draft`.',
    tooMany: 'Mantén activos los planes de los clientes que de verdad cambian nuestros resultados y pon los demás en `status: archived`.',
    warning: (active, few, bound, key, range, method, hint) =>
      `La cartera tiene ${active} ${active === 1 ? 'plan activo' : 'planes activos'}, ${few ? 'menos' : 'más'} que ${bound} (\`portfolio.${key}\`: ${range}). ${method} ${hint} Si el rango no encaja con la empresa, cambia \`portfolio.${key}\` en \`settings.yaml\`.`,
  },

  schema: {
    shown: { empty: 'null (un valor vacío)', list: 'una lista', mapping: 'un conjunto de campos' },
    got: {
      empty: 'un valor vacío',
      list: 'una lista',
      mapping: 'un conjunto de campos',
      text: (shown) => `el texto ${shown}`,
      other: (type, shown) => `${({ number: 'el número', boolean: 'el valor' } as Record<string, string>)[type] ?? type} ${shown}`,
    },
    expected: {
      string: 'texto',
      number: 'un número',
      int: 'un número entero',
      boolean: '`true` o `false`',
      array: 'una lista',
      object: 'un conjunto de campos',
    },
    formats: { email: 'una dirección de correo como `nombre@empresa.com`', url: 'una dirección web completa que empiece por `https://`' },
    required: (field, expected) => `Falta ${field}, que es obligatorio. Añádelo como ${expected}.`,
    unitHint: (number) => ` Escribe solo el número (${number}) y pon la unidad en \`unit\`.`,
    wrongType: (field, expected, got) => `${field} tiene que ser ${expected}, pero es ${got}.`,
    requiredOneOf: (field, values) => `Falta ${field}, que es obligatorio. Añádelo con uno de estos valores: ${values}.`,
    oneOf: (field, values, got) => `${field} tiene que ser uno de ${values}, pero es ${got}.`,
    didYouMean: (suggestion) => ` ¿Querías decir \`${suggestion}\`?`,
    unknownField: (key, parent) => `Campo desconocido \`${key}\`${parent ? ` en \`${parent}\`` : ''}.`,
    removeUnknown: ' Quítalo o comprueba cómo se escribe en el esquema.',
    notEmpty: (field) => `${field} no puede estar vacío. Escribe un valor o quita el campo.`,
    atLeast: (value) => `como mínimo ${value}`,
    atMost: (value) => `como máximo ${value}`,
    bounded: (field, bound, got) => `${field} tiene que ser ${bound}, pero es ${got}.`,
    scores: ' Las puntuaciones van de 1 a 5, donde 5 siempre es bueno para nosotros.',
    format: (field, format, got) => `${field} tiene que ser ${format}, pero es ${got}.`,
    other: (field, message, got) => `${field} ${message}; valor recibido: ${got}.`,
    rules: {
      slug: 'tiene que ser un slug en minúsculas (letras, dígitos y guiones, p. ej. `laura-gomez`)',
      date: 'tiene que ser una fecha real del calendario escrita AAAA-MM-DD, p. ej. 2026-03-31',
      currency: 'tiene que ser un código de moneda ISO 4217 de tres letras en mayúsculas, p. ej. EUR',
      period: 'period.end no puede ser anterior a period.start',
      range: 'tiene que ser [mínimo, máximo] con mínimo ≤ máximo',
      github: 'tiene que ser un usuario de GitHub como `laura-gomez`: letras, dígitos y guiones sueltos, sin `@`',
    },
  },

  report: {
    notScored: 'sin puntuar: falta su plan o tiene errores',
    notScoredRow: 'sin puntuar: falta el plan o tiene errores',
    noChecks: 'no se exige ninguna comprobación',
    failing: (checks) => `fallan: ${checks}`,
    complete: 'completo',
    title: 'Comprobación de Keyplan',
    today: (today) => `hoy: ${today}`,
    columns: {
      plan: 'Plan',
      status: 'Estado',
      score: 'Puntuación',
      failing: 'Comprobaciones que fallan',
      level: 'Nivel',
      where: 'Dónde',
      message: 'Mensaje',
      rule: 'Regla',
    },
    level: { error: 'error', warning: 'aviso' },
  },

  compare: {
    notScored: 'sin puntuar',
    notChecked: (status) => `${status}, sin comprobar`,
    up: (value) => `${value} ${value === 1 ? 'sube' : 'suben'}`,
    down: (value) => `${value} ${value === 1 ? 'baja' : 'bajan'}`,
    changed: (value, moves) => `${value === 1 ? '1 plan cambia' : `${value} planes cambian`}${moves ? ` (${moves})` : ''}`,
    added: (value) => `${count(value, 'plan añadido', 'planes añadidos')}`,
    removed: (value) => `${count(value, 'plan eliminado', 'planes eliminados')}`,
    newErrors: (value) => (value ? count(value, 'error nuevo', 'errores nuevos') : 'ningún error nuevo'),
    fixed: (value) => `${count(value, 'error corregido', 'errores corregidos')}`,
    noChange: 'La completitud de ningún plan cambia',
    title: 'Keyplan: qué hace este cambio a los planes',
    compared: (ref, commit, today, headline) => `Comparado con \`${ref}\`${commit}, ambos evaluados a fecha de ${today}. **${headline}**`,
    columns: {
      plan: 'Plan',
      completeness: 'Completitud',
      newlyFailing: 'Pasan a fallar',
      newlyPassing: 'Pasan a cumplirse',
      failing: 'Comprobaciones que fallan',
      where: 'Dónde',
      message: 'Mensaje',
      rule: 'Regla',
    },
    addedTitle: 'Añadidos',
    removedList: (plans) => `**Eliminados**: ${plans}.`,
    newWarnings: (value) => count(value, 'aviso nuevo', 'avisos nuevos'),
    overdue: (value) => `${count(value, 'plan', 'planes')} con la revisión vencida`,
    overdueNote: 'Aquí son avisos: este cambio no los toca. Un cambio en cualquiera de estas cuentas debe poner al día su revisión.',
    total: (errors, warnings) =>
      `El contenido, con el cambio, tiene en total ${count(errors, 'error', 'errores')} y ${count(warnings, 'aviso')}.`,
  },

  run: {
    counts: (errors, warnings) => `${count(errors, 'error', 'errores')}, ${count(warnings, 'aviso')}`,
    summary: (plans, counts) => `${count(plans, 'plan comprobado', 'planes comprobados')}, ${counts}`,
    timed: (summary, seconds, today) => `${summary} en ${seconds} s (hoy: ${today}).`,
    contentHas: (counts) => `el contenido tiene ${counts}`,
    fixAndBuild: 'Corrige los errores de arriba y vuelve a compilar; no se ha compilado nada.',
    cannotCheck: (message) => `Keyplan no ha podido comprobar el contenido: ${message}`,
    fixSetting: 'Corrige el ajuste indicado y vuelve a compilar.',
    audienceHint: 'Pon en `KEYPLAN_AUDIENCE` una audiencia de `settings.yaml`, o déjala sin definir para compilar el sitio completo.',
    brokenLink: (page, href) => `  ${page}  enlaza a \`${href}\`, que no es ninguna página ni archivo del sitio.`,
    brokenLinks: (value) => `${count(value, 'enlace interno roto', 'enlaces internos rotos')}`,
    fixLinks: 'Corrige los enlaces de arriba (en el cuerpo MDX o en la página que los escribe) y vuelve a compilar.',
  },
};
