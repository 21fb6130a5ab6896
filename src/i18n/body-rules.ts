import type { Settings } from '../schemas/settings.ts';

/**
 * Why the check refuses something in an MDX body, and what to do instead: one function per refusal
 * of the strict body allowlist (`src/lib/content/body-allowlist.ts`) and of the SVG check. Names and values
 * people wrote arrive already quoted in backticks by `code()`.
 */
export interface BodyRuleStrings {
  esm: (keyword: string) => string;
  expression: (source: string) => string;
  component: (name: string) => string;
  element: (name: string, why: string | undefined) => string;
  attribute: (attribute: string, element: string) => string;
  style: (element: string) => string;
  handler: (attribute: string, element: string) => string;
  spread: (element: string) => string;
  attributeExpression: (attribute: string, element: string) => string;
  url: (attribute: string, element: string, url: string) => string;
  link: (what: 'link' | 'image' | 'definition', url: string) => string;
  image: (url: string) => string;
  missingImage: (url: string, folder: string) => string;
  svg: (what: string, file: string) => string;
  mermaidKey: (key: string) => string;
  mermaidUnreadable: string;
  /** Why some elements are refused, by element name. */
  why: Readonly<Record<string, string>>;
  /** The refusals of `content.mdx: trusted` (`src/lib/content/mdx-safety.ts`), which lets bodies import and use components. */
  trusted: {
    /** A capitalised element the body neither imports nor declares. */
    undeclared: (name: string, component: string) => string;
    /** An element that runs or embeds code; `embeds` for frames and plug-ins, which a link can replace. */
    refused: (name: string, why: string, embeds: boolean) => string;
    /** Why an SVG animation element is refused. */
    animates: string;
    /** `source` is the spread's own text: `<Fragment {...props}>`. */
    spread: (element: string, source: string, html: boolean) => string;
    rawHtml: (attribute: string, element: string) => string;
    computedUrl: (attribute: string, element: string) => string;
    /** The subject of an unsafe-link sentence: "This link", "`href` on `<a>`". */
    thisLink: string;
    thisImage: string;
    attributeOn: (attribute: string, element: string) => string;
    /** An import of something other than a file inside the project. */
    importOutside: (source: string, problem: ImportProblem) => string;
  };
}

/** Why an import is refused: a computed `import()`, a URL or absolute path, a package, or a path that climbs out of the project. */
export type ImportProblem = 'computed' | 'not-relative' | 'package' | 'outside';

const TRUSTED_HINT_EN = 'Teams that review every body as code can set `content: { mdx: trusted }` in `settings.yaml`.';
const TRUSTED_HINT_ES = 'Los equipos que revisan cada cuerpo como código pueden poner `content: { mdx: trusted }` en `settings.yaml`.';

const en: BodyRuleStrings = {
  esm: (keyword) =>
    `\`${keyword}\` is not allowed in a body: bodies are content, not code (\`content.mdx: strict\`). Remove it; bodies need no imports. ${TRUSTED_HINT_EN}`,
  expression: (source) =>
    `${source} runs code, and a body may only print a frontmatter field, such as \`{frontmatter.revenue.target}\`. Write the text itself instead. ${TRUSTED_HINT_EN}`,
  component: (name) =>
    `\`<${name}>\` is not a component a body may use: bodies are content, not code. Write it in Markdown instead. ${TRUSTED_HINT_EN}`,
  element: (name, why) =>
    `\`<${name}>\` is not allowed in a body${why ? `: it ${why}` : ': it is not on the list of safe HTML elements (README, "Content safety")'}. Write it in Markdown instead.`,
  attribute: (attribute, element) =>
    `\`${attribute}\` is not allowed on \`<${element}>\`: it is not on the list of safe attributes (README, "Content safety"). Remove it.`,
  style: (element) =>
    `\`style\` on \`<${element}>\` is not allowed: it can cover the page with look-alike content (a fake sign-in box) or restyle the site. Remove it; the site's styles apply to Markdown.`,
  handler: (attribute, element) =>
    `\`${attribute}\` on \`<${element}>\` is an inline event handler: it runs code in the reader's browser. Remove it.`,
  spread: (element) =>
    `\`{...}\` on \`<${element}>\` spreads attributes, so it can add event handlers or raw HTML. Write each attribute out.`,
  attributeExpression: (attribute, element) =>
    `\`${attribute}={…}\` on \`<${element}>\` computes its value: an attribute may only be plain text, or for attributes that are not links a frontmatter field such as \`{frontmatter.account}\`. Write the value itself.`,
  url: (attribute, element, url) =>
    `\`${attribute}\` on \`<${element}>\` is ${JSON.stringify(url)}: a body may link only to \`https:\`, \`http:\` and \`mailto:\` addresses and to pages of the site. Change the address.`,
  link: (what, url) =>
    `This ${what === 'image' ? 'image' : 'link'} is ${JSON.stringify(url)}: a body may link only to \`https:\`, \`http:\` and \`mailto:\` addresses and to pages of the site, because other schemes can run code or load a forged page. Change the address.`,
  image: (url) =>
    `The image ${JSON.stringify(url)} is not a raster image (\`.png\`, \`.jpg\`, \`.jpeg\`, \`.gif\`, \`.webp\`, \`.avif\`) or an \`.svg\` file in this account's folder; an image from another site would tell that site who reads the plan. Save the image next to the plan and write its relative path, such as \`./chart.png\`.`,
  missingImage: (url, folder) =>
    `The image ${JSON.stringify(url)} is not in \`${folder}/\`, so the page would have nothing to show and the site build would stop. Save the image there, or correct the file name (names are case-sensitive).`,
  svg: (what, file) =>
    `${what} is not allowed in an SVG image (\`${file}\`): a browser runs or loads it when the image is opened. Remove it, or export the image again as plain SVG or PNG.`,
  mermaidKey: (key) =>
    `\`${key}\` cannot be set in a diagram: it could load files from other sites or change how every diagram is drawn and sanitised. Remove it; a diagram may set \`theme\` and its own diagram type's options (such as \`flowchart\` or \`gantt\`).`,
  mermaidUnreadable:
    'This `%%{init: …}%%` directive cannot be read as JSON, so it cannot be checked. Write it as JSON, such as `%%{init: {"theme": "neutral"}}%%`.',
  why: {
    script: "runs code in the reader's browser",
    iframe: 'embeds another document in the page',
    frame: 'embeds another document in the page',
    frameset: 'embeds other documents in the page',
    object: 'embeds another document or plug-in in the page',
    embed: 'embeds another document or plug-in in the page',
    base: 'rewrites where every link of the page goes',
    meta: 'can redirect the reader to another site',
    link: 'can load a style sheet that restyles or hides the whole site',
    style: 'can restyle or hide the whole site',
    form: 'can send what readers type to another site',
    svg: 'can run code through links and animations; use an `.svg` image file instead (`![Chart](./chart.svg)`)',
  },
  trusted: {
    undeclared: (name, component) =>
      `\`<${name}>\` is not imported in this file, so the page cannot be built. Import it (\`import ${component} from './${component}.astro'\`), or write the HTML element in lower case.`,
    refused: (name, why, embeds) =>
      `\`<${name}>\` is not allowed in a body: it ${why}. Remove it${embeds ? '; link to the document instead' : ''}.`,
    animates: 'can turn a link into a `javascript:` link when it is clicked',
    spread: (element, source, html) =>
      `\`<${element} {${source}}>\` spreads attributes${html ? ' into an HTML element' : ''}, so it can add event handlers or raw HTML. Write each attribute out.`,
    rawHtml: (attribute, element) =>
      `\`${attribute}\` on \`<${element}>\` writes raw HTML past the escaping every other value gets. Write the content as Markdown instead.`,
    computedUrl: (attribute, element) =>
      `\`${attribute}\` on \`<${element}>\` computes a \`javascript:\`, \`vbscript:\` or \`data:\` URL, which can run code in the reader's browser. Link to an \`https:\` address or a page of the site instead.`,
    thisLink: 'This link',
    thisImage: 'This image',
    attributeOn: (attribute, element) => `\`${attribute}\` on \`<${element}>\``,
    importOutside: (source, problem) =>
      `\`${source}\` ${
        {
          computed: 'computes what it imports, so it cannot be checked',
          'not-relative': 'is not a relative path',
          package: 'is a package, not a file of the project: a package can run any code while the site builds',
          outside: 'points outside the project',
        }[problem]
      }. A body may import only files inside the project, by a relative path such as \`./chart.astro\`.`,
  },
};

const es: BodyRuleStrings = {
  esm: (keyword) =>
    `\`${keyword}\` no se admite en un cuerpo: los cuerpos son contenido, no código (\`content.mdx: strict\`). Bórralo; los cuerpos no necesitan importar nada. ${TRUSTED_HINT_ES}`,
  expression: (source) =>
    `${source} ejecuta código, y un cuerpo solo puede mostrar un campo del frontmatter, como \`{frontmatter.revenue.target}\`. Escribe el texto directamente. ${TRUSTED_HINT_ES}`,
  component: (name) =>
    `\`<${name}>\` no es un componente que un cuerpo pueda usar: los cuerpos son contenido, no código. Escríbelo en Markdown. ${TRUSTED_HINT_ES}`,
  element: (name, why) =>
    `\`<${name}>\` no se admite en un cuerpo${why ? `: ${why}` : ': no está en la lista de elementos HTML seguros (README, "Content safety")'}. Escríbelo en Markdown.`,
  attribute: (attribute, element) =>
    `\`${attribute}\` no se admite en \`<${element}>\`: no está en la lista de atributos seguros (README, "Content safety"). Bórralo.`,
  style: (element) =>
    `\`style\` en \`<${element}>\` no se admite: puede tapar la página con contenido falso (un acceso de inicio de sesión falso) o cambiar el aspecto del sitio. Bórralo; los estilos del sitio se aplican al Markdown.`,
  handler: (attribute, element) =>
    `\`${attribute}\` en \`<${element}>\` es un manejador de eventos: ejecuta código en el navegador de quien lee. Bórralo.`,
  spread: (element) =>
    `\`{...}\` en \`<${element}>\` reparte atributos, así que puede añadir manejadores de eventos o HTML sin escapar. Escribe cada atributo.`,
  attributeExpression: (attribute, element) =>
    `\`${attribute}={…}\` en \`<${element}>\` calcula su valor: un atributo solo puede ser texto, o, si no es un enlace, un campo del frontmatter como \`{frontmatter.account}\`. Escribe el valor directamente.`,
  url: (attribute, element, url) =>
    `\`${attribute}\` en \`<${element}>\` es ${JSON.stringify(url)}: un cuerpo solo puede enlazar a direcciones \`https:\`, \`http:\` y \`mailto:\` y a páginas del sitio. Cambia la dirección.`,
  link: (what, url) =>
    `${what === 'image' ? 'Esta imagen' : 'Este enlace'} es ${JSON.stringify(url)}: un cuerpo solo puede enlazar a direcciones \`https:\`, \`http:\` y \`mailto:\` y a páginas del sitio, porque otros esquemas pueden ejecutar código o cargar una página falsa. Cambia la dirección.`,
  image: (url) =>
    `La imagen ${JSON.stringify(url)} no es una imagen de mapa de bits (\`.png\`, \`.jpg\`, \`.jpeg\`, \`.gif\`, \`.webp\`, \`.avif\`) ni un archivo \`.svg\` de la carpeta de esta cuenta; una imagen de otro sitio le diría a ese sitio quién lee el plan. Guarda la imagen junto al plan y escribe su ruta relativa, como \`./grafico.png\`.`,
  missingImage: (url, folder) =>
    `La imagen ${JSON.stringify(url)} no está en \`${folder}/\`, así que la página no tendría nada que mostrar y la compilación del sitio se detendría. Guarda la imagen ahí o corrige el nombre del archivo (se distinguen mayúsculas y minúsculas).`,
  svg: (what, file) =>
    `${what} no se admite en una imagen SVG (\`${file}\`): el navegador lo ejecuta o lo carga al abrir la imagen. Bórralo, o exporta de nuevo la imagen como SVG simple o PNG.`,
  mermaidKey: (key) =>
    `\`${key}\` no se puede fijar en un diagrama: podría cargar archivos de otros sitios o cambiar cómo se dibujan y depuran todos los diagramas. Bórralo; un diagrama puede fijar \`theme\` y las opciones de su propio tipo (como \`flowchart\` o \`gantt\`).`,
  mermaidUnreadable:
    'Esta directiva `%%{init: …}%%` no se puede leer como JSON, así que no se puede comprobar. Escríbela en JSON, como `%%{init: {"theme": "neutral"}}%%`.',
  why: {
    script: 'ejecuta código en el navegador de quien lee',
    iframe: 'incrusta otro documento en la página',
    frame: 'incrusta otro documento en la página',
    frameset: 'incrusta otros documentos en la página',
    object: 'incrusta otro documento o complemento en la página',
    embed: 'incrusta otro documento o complemento en la página',
    base: 'cambia adónde van todos los enlaces de la página',
    meta: 'puede redirigir a quien lee a otro sitio',
    link: 'puede cargar una hoja de estilos que cambie u oculte todo el sitio',
    style: 'puede cambiar u ocultar todo el sitio',
    form: 'puede enviar lo que escribe quien lee a otro sitio',
    svg: 'puede ejecutar código mediante enlaces y animaciones; usa un archivo de imagen `.svg` (`![Gráfico](./grafico.svg)`)',
  },
  trusted: {
    undeclared: (name, component) =>
      `\`<${name}>\` no está importado en este archivo, así que la página no se puede compilar. Impórtalo (\`import ${component} from './${component}.astro'\`) o escribe el elemento HTML en minúsculas.`,
    refused: (name, why, embeds) => `\`<${name}>\` no se admite en un cuerpo: ${why}. Bórralo${embeds ? ' y enlaza al documento' : ''}.`,
    animates: 'puede convertir un enlace en un enlace `javascript:` al hacer clic',
    spread: (element, source, html) =>
      `\`<${element} {${source}}>\` reparte atributos${html ? ' en un elemento HTML' : ''}, así que puede añadir manejadores de eventos o HTML sin escapar. Escribe cada atributo.`,
    rawHtml: (attribute, element) =>
      `\`${attribute}\` en \`<${element}>\` escribe HTML sin el escapado que reciben todos los demás valores. Escribe el contenido en Markdown.`,
    computedUrl: (attribute, element) =>
      `\`${attribute}\` en \`<${element}>\` calcula una URL \`javascript:\`, \`vbscript:\` o \`data:\`, que puede ejecutar código en el navegador de quien lee. Enlaza a una dirección \`https:\` o a una página del sitio.`,
    thisLink: 'Este enlace',
    thisImage: 'Esta imagen',
    attributeOn: (attribute, element) => `\`${attribute}\` en \`<${element}>\``,
    importOutside: (source, problem) =>
      `\`${source}\` ${
        {
          computed: 'calcula lo que importa, así que no se puede comprobar',
          'not-relative': 'no es una ruta relativa',
          package: 'es un paquete, no un archivo del proyecto: un paquete puede ejecutar cualquier código mientras se compila el sitio',
          outside: 'apunta fuera del proyecto',
        }[problem]
      }. Un cuerpo solo puede importar archivos del proyecto, con una ruta relativa como \`./grafico.astro\`.`,
  },
};

const dictionaries: Record<Settings['locale'], BodyRuleStrings> = { en, es };

/** The body-rule messages for `settings.locale`. */
export function bodyRuleStrings(locale: Settings['locale']): BodyRuleStrings {
  return dictionaries[locale];
}

/** Both languages, for checks that run before the settings are read and report once they are. */
export const BODY_RULE_LOCALES = Object.keys(dictionaries) as Settings['locale'][];
