/**
 * The words of Decap CMS's own interface that its Spanish translation (`decap-cms-locales`) lacks, so
 * that the editor on a Spanish site does not fall back to English for them ("Add", "Expand", the
 * Markdown toolbar, the review-status tips…). The editor adds them to Decap's Spanish before it starts
 * (`src/editor/admin.ts`); `test/editor/decap-es.test.ts` fails when a Decap upgrade leaves a phrase in
 * English or drops one of these. `%{…}` are Decap's placeholders.
 */
export const decapEs = {
  auth: {
    loginWithAzure: 'Iniciar sesión con Azure',
    loginWithForgejo: 'Iniciar sesión con Forgejo',
  },
  collection: {
    sidebar: {
      allCollections: 'Todas las colecciones',
      searchIn: 'Buscar en',
    },
    collectionTop: {
      viewAsList: 'Ver como lista',
      viewAsGrid: 'Ver como cuadrícula',
      searchResults: 'Resultados de la búsqueda de «%{searchTerm}»',
      searchResultsInCollection: 'Resultados de la búsqueda de «%{searchTerm}» en %{collection}',
      filterBy: 'Filtrar por',
      groupBy: 'Agrupar por',
    },
    entries: {
      unpublishedHeader: 'Entradas sin publicar',
    },
    groups: {
      other: 'Otros',
      negateLabel: 'No %{label}',
    },
  },
  editor: {
    editorControl: {
      field: {
        widgetLabel: 'Campo %{widgetLabel}',
      },
    },
    editorControlPane: {
      widget: {
        invalidPath: '«%{path}» no es una ruta válida',
        pathExists: 'La ruta «%{path}» ya existe',
      },
      i18n: {
        writingInLocale: 'Escribiendo en %{locale}',
        copyFromLocale: 'Rellenar desde otro idioma',
        copyFromLocaleConfirm: '¿Quieres rellenar los datos desde el idioma %{locale}?\nSe sobrescribirá todo el contenido actual.',
      },
    },
    editorInterface: {
      toggleI18n: 'Mostrar u ocultar idiomas',
      togglePreview: 'Mostrar u ocultar la vista previa',
      toggleScrollSync: 'Sincronizar el desplazamiento',
      toggleNotes: 'Mostrar u ocultar las notas',
    },
    editorNotesPane: {
      title: 'Notas',
      emptyState: 'Todavía no hay notas. Añade la primera abajo para empezar a colaborar.',
      addNote: 'Añadir nota',
      addPlaceholder: 'Añade una nota…',
      editPlaceholder: 'Edita tu nota…',
      save: 'Guardar',
      cancel: 'Cancelar',
      edit: 'Editar',
      delete: 'Eliminar',
      resolve: 'Resolver',
      unresolve: 'Reabrir',
      confirmDelete: '¿Seguro que quieres eliminar esta nota?',
      shortcut: 'Consejo: pulsa Ctrl+Intro para añadir la nota rápidamente',
    },
    editorToolbar: {
      statusInfoTooltipDraft: 'La entrada está en borrador. Para terminarla y enviarla a revisión, cambia su estado a «En revisión»',
      statusInfoTooltipInReview:
        'La entrada está en revisión; no hace falta hacer nada más. Aun así, puedes seguir cambiándola mientras se revisa.',
    },
    editorWidgets: {
      markdown: {
        bold: 'Negrita',
        italic: 'Cursiva',
        strikethrough: 'Tachado',
        code: 'Código',
        link: 'Enlace',
        linkPrompt: 'Escribe la URL del enlace',
        headings: 'Títulos',
        quote: 'Cita',
        bulletedList: 'Lista con viñetas',
        numberedList: 'Lista numerada',
        addComponent: 'Añadir componente',
        toggleMode: {
          rich: 'Cambiar al modo de texto enriquecido',
          markdown: 'Cambiar al modo Markdown',
        },
      },
      image: {
        chooseMultiple: 'Elegir imágenes',
        chooseUrl: 'Insertar desde una URL',
        replaceUrl: 'Reemplazar por una URL',
        promptUrl: 'Escribe la URL de la imagen',
        addMore: 'Añadir más imágenes',
        removeAll: 'Quitar todas las imágenes',
      },
      file: {
        chooseUrl: 'Insertar desde una URL',
        chooseMultiple: 'Elegir archivos',
        replaceUrl: 'Reemplazar por una URL',
        promptUrl: 'Escribe la URL del archivo',
        addMore: 'Añadir más archivos',
        removeAll: 'Quitar todos los archivos',
      },
      datetime: {
        setToNow: 'Poner %{fieldLabel} en este momento',
      },
      list: {
        add: 'Añadir %{item}',
        addType: 'Añadir %{item}',
      },
      object: {
        expand: 'Desplegar',
        collapse: 'Plegar',
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      copy: 'Copiar',
      copyUrl: 'Copiar la URL',
      copyPath: 'Copiar la ruta',
      copyName: 'Copiar el nombre',
      copied: 'Copiado',
    },
    mediaLibraryModal: {
      close: 'Cerrar',
    },
  },
  ui: {
    settingsDropdown: {
      account: 'Opciones de la cuenta',
    },
    toast: {
      noteAdded: 'Nota añadida',
      onFailToAddNote: 'No se pudo añadir la nota: %{details}',
      noteUpdated: 'Nota actualizada',
      onFailToUpdateNote: 'No se pudo actualizar la nota: %{details}',
      noteDeleted: 'Nota eliminada',
      onFailToDeleteNote: 'No se pudo eliminar la nota: %{details}',
      noteResolved: 'Nota resuelta',
      noteReopened: 'Nota reabierta',
      onFailToToggleNote: 'No se pudo cambiar el estado de la nota: %{details}',
      onLoggedOut: 'Se ha cerrado tu sesión: guarda una copia de lo que tengas sin guardar y vuelve a iniciar sesión',
      onBackendDown: 'El servicio de almacenamiento no está disponible. Consulta %{details} para más información',
    },
  },
};
