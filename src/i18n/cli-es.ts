import type { AddPersonProblem } from '../lib/scaffold/insert.ts';
import type { CliStrings } from './cli-types.ts';

const listing = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} o ${items.at(-1)!}`);
const content = (named: boolean) => (named ? ' (indicada en KEYPLAN_CONTENT)' : '');

function personProblem(problem: AddPersonProblem): string {
  switch (problem.kind) {
    case 'no-frontmatter':
      return 'no tiene frontmatter entre líneas `---`';
    case 'invalid-yaml':
      return `su frontmatter no es YAML válido (${problem.detail})`;
    case 'duplicate':
      return `ya incluye a una persona con el id \`${problem.id}\``;
    case 'not-a-list':
      return 'ahí `people` no es una lista escrita con un elemento por línea; añade a la persona a mano';
    case 'would-change':
      return 'añadir a la persona cambiaría otro contenido; añádela a mano';
  }
}

export const cliEs: CliStrings = {
  badToday: (value) =>
    `\`KEYPLAN_TODAY\` tiene que ser una fecha real escrita AAAA-MM-DD, pero es ${JSON.stringify(value)}. Quita la variable para usar la fecha de hoy.`,
  badLang: (locales, got) => `\`--lang\` tiene que ser uno de ${locales.join(', ')}, pero es "${got}".`,
  couldNotRun: (message) => `no se ha podido ejecutar: ${message}`,

  new: {
    usage: (roles) => `Uso: npm run new -- <tipo> [argumentos] [opciones]

Crea contenido que cumple el esquema, sin sobrescribir nunca nada.
En un terminal y sin argumentos, te lo pregunta.

  npm run new -- account "Aceros del Norte" [--lang es] [--owner laura-gomez] [--id aceros]
  npm run new -- value <cuenta> "Título"
  npm run new -- person <cuenta> "Nombre" [--title "Director financiero"] [--function Finanzas]
  npm run new -- member "Nombre" [--role kam] [--function Ventas] [--email nombre@empresa.com]

Opciones:
  --lang <en|es>       el idioma del contenido del plan nuevo (por defecto: el de
                       \`locale\` en settings.yaml)
  --owner <id>         el id de equipo del gestor de cuentas clave responsable del plan
                       nuevo (por defecto: el primer KAM de content/team/; en un terminal,
                       si hay varios, te lo pregunta)
  --id <id>            el id que se usa en lugar del que se obtiene del nombre: la carpeta
                       de la cuenta, el nombre de archivo de la propuesta, o el id de la
                       persona o del miembro del equipo
  --title <texto>      el cargo de la persona
  --function <texto>   el área de negocio de la persona o del miembro del equipo
  --role <papel>       el papel del miembro del equipo: ${listing(roles)}
                       (por defecto: kam)
  --email <dirección>  el correo electrónico del miembro del equipo
  -h, --help           muestra esta ayuda

Un nombre que empieza por "-" va después de "--": npm run new -- account -- "- Dash Co"

Entorno:
  KEYPLAN_CONTENT      carpeta de contenido (por defecto: content)
  KEYPLAN_TODAY        el día del que parten el periodo y las fechas de revisión de un
                       plan nuevo, AAAA-MM-DD (por defecto: hoy)

Estado de salida: 0 si se han escrito los archivos, 1 si no se ha escrito nada (un error
en la orden), 2 si no se ha podido ejecutar.
`,
    whatToCreate: '¿Qué quieres crear?',
    kinds: {
      account: 'Una cuenta clave (plan, mapa de interlocutores, propuesta de valor)',
      value: 'Una propuesta de valor para una cuenta',
      person: 'Un interlocutor en el mapa de una cuenta',
      member: 'Una persona de nuestro equipo',
    },
    cancelled: 'Cancelado; no se ha escrito nada.',
    ask: {
      clientName: 'Nombre del cliente',
      owner: (kams) => `Responsable (id de equipo: ${kams.join(', ')})`,
      accountId: 'Id de la cuenta',
      valueTitle: 'Título de la propuesta',
      personName: 'Nombre de la persona',
      memberName: 'Nombre',
    },
    badArguments: (message) => `${message}. Un nombre que empieza por \`-\` va después de \`--\`: npm run new -- account -- "- Dash Co"`,
    unknownKind: (kind, kinds) => `Tipo \`${kind}\` desconocido: usa ${listing(kinds)}.`,
    exists: (path) => `${path} ya existe; Keyplan nunca sobrescribe contenido. Elige otro nombre u otro --id.`,
    accountExists: (path) => `${path} ya existe; Keyplan nunca sobrescribe contenido. Elige otro id con --id.`,
    ids: {
      accountArg: 'id de cuenta',
      account: 'el id de la cuenta',
      value: 'el nombre de archivo de la propuesta',
      person: 'el id de la persona',
      member: 'el id de la persona del equipo',
    },
    badId: (shown, what, max) =>
      `${'name' in shown ? `No se puede obtener ${what} a partir de \`${shown.name}\`` : `No se puede usar \`${shown.id}\` como ${what}`}: un id se compone de letras minúsculas y dígitos unidos por guiones, como \`aceros-del-norte\`, con ${max} caracteres como máximo. Indica uno con --id.`,
    deviceId: (id) =>
      `\`${id}\` es un nombre que Windows reserva para un dispositivo, así que ninguna carpeta ni archivo puede llamarse así: indica otro con --id.`,
    noAccount: (id, path) => `No hay ninguna cuenta \`${id}\` (no existe ${path}).`,
    needClientName: 'Indica el nombre del cliente: npm run new -- account "Aceros del Norte"',
    badLang: (got) => `--lang tiene que ser en o es, pero es \`${got}\`.`,
    noKam:
      'No hay en content/team/ ningún gestor de cuentas clave que pueda ser responsable del plan: añade uno con `npm run new -- member "Nombre" --role kam` o indica uno con --owner.',
    valueUsage: 'Uso: npm run new -- value <cuenta> "Título"',
    personUsage: 'Uso: npm run new -- person <cuenta> "Nombre" [--title "…"] [--function "…"]',
    memberUsage: 'Uso: npm run new -- member "Nombre" [--role kam] [--function Ventas]',
    cannotAdd: (name, path, problem) => `No se puede añadir a ${name} a ${path}: ${personProblem(problem)}.`,
    badRole: (roles, got) => `--role tiene que ser uno de ${roles.join(', ')}, pero es \`${got}\`.`,
    created: (path) => `creado ${path}`,
    findings: (files) =>
      files === 1
        ? 'Lo que dice la comprobación del archivo nuevo (es normal que haya avisos hasta que lo rellenes):'
        : 'Lo que dice la comprobación de los archivos nuevos (es normal que haya avisos hasta que los rellenes):',
    next: 'Siguiente paso: rellena los archivos, ejecuta `npm run check` y luego `npm run dev` para ver la página, y abre una pull request.',
    failed: (message) => `npm run new ha fallado: ${message}`,
  },

  check: {
    usage: `Uso: npm run check [-- opciones]

Comprueba todas las reglas de esquema, referencias y completitud del contenido
(\`content/\`, o la carpeta indicada en KEYPLAN_CONTENT) e imprime todos los problemas.

Opciones:
  --format <text|github|json>  text (por defecto), anotaciones y resumen del paso de
                               GitHub Actions, o un informe JSON para otros programas
  --verbose                    muestra además la puntuación de cada plan y las
                               comprobaciones que no cumple
  --since <ref-git>            compara con el contenido en <ref-git> (p. ej. origin/main)
                               e imprime, en Markdown, qué planes han subido o bajado de
                               completitud, qué comprobaciones pasan a fallar o a cumplirse
                               y los errores nuevos (con --format json, la comparación
                               sale en JSON)
  --lang <en|es>               el idioma de los mensajes (por defecto: el de \`locale\`
                               en settings.yaml, o inglés si no se puede leer)
  --debug                      imprime la traza de los errores inesperados
  -h, --help                   muestra esta ayuda

Entorno:
  KEYPLAN_CONTENT              carpeta de contenido que se comprueba (por defecto: content)
  KEYPLAN_TODAY                la fecha con la que se comprueba si los planes están al día,
                               AAAA-MM-DD
  GITHUB_STEP_SUMMARY          con --format github o --since, un archivo al que se añade
                               el resumen en Markdown

Estado de salida: 0 sin errores (puede haber avisos), 1 con errores, 2 si la comprobación
no se ha podido ejecutar.
`,
    badFormat: (formats, got) => `\`--format\` tiene que ser uno de ${formats.join(', ')}, pero es "${got}".`,
    needsRevision: '`--since` necesita una revisión de git con la que comparar, como `origin/main`.',
    badOption: (message) => `${message} Ejecuta \`npm run check -- --help\` para ver las opciones.`,
    noFolder: (dir, named) =>
      `La carpeta de contenido \`${dir}\`${content(named)} no existe. Ejecuta la comprobación desde la raíz del proyecto, o pon en KEYPLAN_CONTENT la carpeta de contenido.`,
    unreadableFolder: (dir, named, message) => `No se puede leer la carpeta de contenido \`${dir}\`${content(named)}: ${message}.`,
    notFolder: (dir, named) => `\`${dir}\`${content(named)} es un archivo, no una carpeta de contenido.`,
    noGit: 'git no está instalado (o no está en el PATH), así que no hay ninguna versión anterior con la que comparar',
    noRepository: 'la carpeta de contenido no está en un repositorio git, así que no hay ninguna versión anterior con la que comparar',
    unknownRef: (ref, detail) =>
      `git no conoce ningún commit llamado \`${ref}\` (${detail}). Tráelo primero con \`git fetch\`; en GitHub Actions, haz el checkout con \`fetch-depth: 0\``,
    debugHint: ' (añade --debug para ver los detalles)',
  },

  due: {
    usage: `Uso: npm run due [-- opciones]

Enumera, por responsable, las revisiones de planes y las acciones vencidas o que vencen pronto.

Opciones:
  --format <text|markdown>  text (por defecto), o Markdown para una incidencia de GitHub
  --days <n>                cuántos días por delante se miran (por defecto: 14)
  --lang <en|es>            el idioma de la lista (por defecto: el de \`locale\` en settings.yaml)
  -h, --help                muestra esta ayuda

Entorno:
  KEYPLAN_CONTENT           carpeta de contenido (por defecto: content)
  KEYPLAN_TODAY             el día con el que se juzga, AAAA-MM-DD (por defecto: hoy)

Estado de salida: 0 si se ha impreso la lista, 2 si no se ha podido ejecutar.
`,
    badFormat: (got) => `\`--format\` tiene que ser text o markdown, pero es "${got}".`,
    badDays: (got) => `\`--days\` tiene que ser un número entero de días, pero es "${got}".`,
  },

  codeowners: {
    usage: `Uso: npm run codeowners [-- --check]

Escribe .github/CODEOWNERS en la raíz del repositorio: cada carpeta de cuenta queda a
cargo del usuario de GitHub del responsable de su plan (\`github:\` en
content/team/<id>.yaml), y los ajustes y el equipo, a cargo de quienes tienen el papel
\`manager\`.

Opciones:
  --check      no escribe nada; termina con estado 1 si el archivo falta o está desfasado
  -h, --help   muestra esta ayuda
`,
    invalid: (paths) =>
      `${paths.map((path) => `\`${path}\``).join(', ')} ${paths.length === 1 ? 'no cumple su esquema, así que el responsable o el usuario de GitHub que contiene queda' : 'no cumplen sus esquemas, así que los responsables o usuarios de GitHub que contienen quedan'} fuera de CODEOWNERS. Ejecuta \`npm run check\`.`,
    upToDate: (file) => `${file} está al día.`,
    missing: (file) => `Falta ${file}. Ejecuta \`npm run codeowners\` y confirma el resultado.`,
    outOfDate: (file) =>
      `${file} no está al día con los responsables de los planes. Ejecuta \`npm run codeowners\` y confirma el resultado.`,
    wrote: (file) => `Se ha escrito ${file}.`,
  },

  build: {
    couldNotStart: (message) => `no se ha podido arrancar astro: ${message}`,
    failed: (target, signal) => `la compilación ha fallado${signal ? ` (${signal})` : ''}; ${target} se ha quedado como estaba.`,
    couldNotMove: (staging, target, message) =>
      `el sitio se ha compilado en ${staging}, pero no se ha podido mover a ${target}: ${message}`,
  },

  schemas: {
    stale: (files) =>
      `Estos archivos no están al día con src/schemas/: ${files.join(', ')}. Ejecuta \`npm run schemas\` y confirma el resultado.`,
    upToDate: 'Los JSON Schema de schemas/ y la configuración del editor están al día.',
    wrote: (files) => `Se ha escrito: ${files.join(', ')}.`,
  },
};
