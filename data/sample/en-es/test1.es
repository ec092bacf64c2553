Es recomendable liberar recursos después del uso:
Todas las celdas utilizadas en la hoja indicada
miIntervalo
Un intervalo denominado «miIntervalo» a nivel de hoja de cálculo
~.~ o ~
Tipo de devolución
La última fila utilizada en un intervalo o una hoja determinados.
Una referencia de intervalo que puede utilizarse como argumento para métodos como CopyToRange.
El siguiente ejemplo activa la hoja con nombre «Sheet4» en el documento activo actualmente.
Limpia todos los contenidos y formatos de un intervalo dado.
Para conocer más detalles sobre las tablas dinámicas en LibreOffice Calc, lea la página de ayuda Tabla dinámica.
Memoriza el valor dado en el intervalo especificado. El tamaño del área modificada es igual al tamaño del intervalo objetivo.
El intervalo completo se actualiza y el resto permanece sin cambios.
Este método devuelve una cadena que representa la ubicación nueva del intervalo inicial.
Constante con nombre
Definición
Mostrar solo el botón «Aceptar».
Mostrar los botones «Interrumpir», «Reintentar» e «Ignorar».
Mostrar los botones «Sí» y «No».
El tercer botón del cuadro de diálogo es el predeterminado.
Todas las funciones de Calc deben expresarse con los nombres en inglés.
BIN.A.HEX
BIN.A.OCT
COMPLEJO
CUPON.FECHA.L2
PAGO.INT.ENTRE
FECHA.MES
INT.EFECTIVO
IM.ABS
IM.ANGULO
IM.DIV
IM.LN
IM.LOG10
Nombres de servicio de UNO para las funciones de complemento de categoría Fecha
DIASENMES
Un único paso al igual que con F8, pero se considera que una llamada a una función es únicamente una instrucción.
Active o desactive el punto de interrupción en el renglón actual o todos los puntos de interrupción de la selección actual.
Inserta un salto de línea (salto de página horizontal) por encima de la celda seleccionada.
Inserta un salto de columna (salto de página vertical) a la izquierda de la celda activa.
Tasa (obligatorio) es la tasa nominal anual de interés (tasa de interés del vale)
Frecuencia (obligatorio) es la cantidad de pagos de interés al año (1, 2 o 4).
La base (opcional) se elige de entre una lista de opciones e indica como se calculará el año.
Base
Cálculo
cantidad exacta de días del mes, para un año se toman 360 días.
Salvamento es el valor de salvamento del activo de capital al final de la vida de amortización.
AMORTIZ.LIN(Costo; Fecha de compra; Primer periodo; Valor residual; Periodo; Tasa [; Base])
=DB(25000; 1000; 3; 2; 6) devuelve 11,037.95 unidades monetarias.
DDB(Costo; Recuperación; Vida; Periodo [; Factor])
Rendimeinto es la ganancia anual de la garantía.
NPorA es el número de pagos de intereses por año.
¿Cuál es el interés efectivo con un interés nominal del 5,25 % y un pago trimestral?
TIR
TIR(Valores [; Estimación])
Calcula el nivel de interés en el caso de cuotas de amortización invariables.
Tasa es la tasa de interés por período.
VF (opcional) define el valor futuro que queda tras el pago de la última cuota.
Calcula la cantidad recibida que se paga por un valor a interés fijo en un momento determinado.
CANTIDAD.RECIBIDA(Liquidación; Vencimiento; Inversión; Descuento [; Base])
Descuento es el porcentaje de descuento en la adquisición de la garantía.
=CANTIDAD.RECIBIDA ("1999-02-15";"1999-05-15";1000;0.0575;2) devuelve 1.014,420266.
Calcula la tasa de depreciación de aritmética decreciente.
Vida es el periodo que fija el intervalo de tiempo durante el cual un activo se amortiza.
50 000 unidades monetarias
13.333,33 unidades monetarias
Funciones de complemento. Lista de funciones de análisis, parte 1
Las funciones de complemento las proporciona el servicio com.sun.star.sheet.addin.Analysis de UNO.
Calcula la función de Bessel modificada del primer tipo In(x).
X es el valor estrictamente positivo (X > 0) con el que se calculará la función.
=BESSELK(0, 3) devuelve Err:502: argumento no válido (X=0)
HEX.A.DEC(Número)
El resultado es la cadena que representa el número en forma hexadecimal para la cadena numérica binaria (base-2) introducida.
Decimales es el número de dígitos que se van a producir.
BIN.A.OCT("1100100";4) devuelve «0144».
DEC.A.BIN(Numero [; Lugares])
=DEC.A.BIN(100;8) devuelve "01100100".
El resultado es la cadena que representa el número en forma octal para el número introducido.
Devuelve los valores del error de la integral de Gauss.
=FUN.ERROR(0;1) devuelve 0.842701.
LímiteInferior es el límite inferior de la integral.
=HEX.A.DEC("6a") devuelve 106.
=HEX.A.OCT("6a";4) devuelve "0152".
Filas que repetir
Columna que repetir
Vuelve a calcular las celdas de la fórmula.
Texto: texto que representa un número romano.
La aplicación de la función ASC a una cadena compuesta por caracteres de un solo byte devolverá la cadena de entrada sin ninguna modificación.
Función PROMEDIO.SI.CONJUNTO
Uso de expresiones regulares y funciones anidadas
PROMEDIO, PROMEDIOA, DESVPROM, PROMEDIO.SI
Función PRONOSTICO.ETS.ESTADISTICA.MULT
=PRONOSTICO.ETS.ESTADISTICA.MULT(Valores;Plazo;7;1;VERDADERO();7)
Véanse también: PRONOSTICO.ETS.SUM, PRONOSTICO.ETS.MULT, PRONOSTICO.ETS.ESTADISTICA.SUM, PRONOSTICO.ETS.PI.SUM, PRONOSTICO.ETS.PI.MULT, PRONOSTICO.ETS.ESTACIONALIDAD, PRONOSTICO, PRONOSTICO.LINEAL
HALLARB(Buscar texto; Texto [; Posición])
Buscar texto: El texto o la expresión de texto que se va a encontrar.
=HALLARB("ᄫᄬ";"ᄩᄔᄕᄜᄝᄞᄠgᄢᄣᄫᄬᄭᄮᄯᄲᄶ";17) devuelve 20.
Utilice un entero para configurar el Minuto.
=NSHORA(4;20;4) devuelve 04:20:04
=VALOR("1234")devuelve el valor numérico 1234.
Para importar un archivo CSV
Pulse en la hoja que se va a guardar como archivo CSV.
Vaya a Archivo ▸ Guardar como. Verá el cuadro de diálogo Guardar como.
Para eliminar una tabla dinámica, pulse en cualquier celda de la tabla dinámica, y elija Eliminar en el menú contextual.
Cálculos avanzados
Imprimir y previsualizar la impresión
Importación y exportación de documentos
Otros
Se puede utilizar el mismo método para insertar áreas con nombre desde una hoja de cálculo de Calc o de Microsoft Excel.
Inserción mediante diálogo
Puede especificar que las áreas o tablas se actualicen cada n segundos.
En el Navegador, seleccione el modo de arrastre Insertar como enlace .
Edición de los datos externos
Las siguientes órdenes de menú están disponibles para hojas de cálculo.
Archivo
Ver
Este menú contiene órdenes que permiten modificar y gestionar hojas y los elementos en ellas.
El menú Herramientas contiene órdenes para comprobar la ortografía, rastrear referencias de hojas, encontrar errores y definir escenarios.
Ventana
Lista de documentos
Abre un submenú para editar las propiedades de los ejes.
Eje Y secundario
Puntos y líneas: este subtipo traza los puntos y conecta los que pertenecen a una misma serie mediante una línea.
Líneas 3D: este subtipo conecta los puntos de la misma serie de datos mediante una línea en 3D.
Valores de celda desde una tabla Writer
Para insertar un gráfico
Esta sección contiene información acerca de cómo examinar y editar tablas de bases de datos.
Buscar registro
Eliminar índice actual
Muestra una lista de los campos de la tabla actual. Puede seleccionar más de un campo.
Determina la ordenación de los índices.
Botones
Abre la tabla seleccionada para que pueda ingresar, editar o eliminar registros.
Choose Insertar ▸ Capa (solo en LibreOffice Draw)
Establezca las propiedades de la capa nueva.
Formato de archivo XML
Nombres de formato de archivo OpenDocument
Texto ODF
Patrón de documento ODF
Plantilla de documento HTML
Hoja de cálculo ODF
Dibujo ODF
Fórmula ODF
Base de datos ODF
Versión de ODF
Primera versión admitida por el software
1.º de mayo de 2005
Definición de los formatos XML
Puede hallarse el esquema de los formatos OpenDocument en el sitio web www.oasis-open.org (en inglés).
Abrir y guardar archivos en servidores remotos
Dele un título al documento.
Se puede cancelar la orden Deshacer al elegir Editar ▸ Rehacer.
Le permite editar un objeto OLE seleccionado que se haya insertado mediante la orden Insertar ▸ Objeto OLE.
Abre el objeto OLE seleccionado con el programa en el que se creó dicho objeto.
Propiedades de marcos flotantes
Muestra espacios en lugar de ceros adicionales.
13 como 13,0 y 1234,567 como 1234,57
Inclusión de texto en los códigos de formato numérico
Texto y números
Números positivos y negativos
"positivo" 0;"negativo" 0;"nulo" 0
Notación científica
Formatos de fecha y hora
Para visualizar días, meses y años, utilice los siguientes códigos de formato numérico.
Mes como «ene-dic»
Día como «02»
Día como «Lun-Dom»
Año como 00-99
Era, nombre completo
EE o R
Era, nombre completo y año
RR o GGGEE
Neerlandés: nl
Portugués: pt
Español: es
Sueco: sv
Escribir fechas
Calendario coreano
Calendario islámico árabe
Calendario judío
Calendario de la República de China
Para visualizar horas, minutos y segundos, utilice los códigos de formato numérico siguientes:
Horas como «00-23»
Minutos como «00» que puedan superar 59
Hebreo
Caracteres tailandeses
Oriya
Caracteres bengalíes
Caracteres guyaratíes
Caracteres telugúes
Malabar
Caracteres laosianos
Tibetano
Caracteres camboyanos
Butanés
Eslavo eclesiástico
Caracteres cirílicos
Caracteres chinos en mayúscula
Caracteres coreanos en mayúscula
Numeración hebrea
texto en hangul informal
(arábigos de anchura completa)
Chino: tradicional
Ejemplo (AAAA-MM-DD)
Desconocido
No admitido
Hégira
454 (laosiano), 41E (tailandés)
412 (coreano)
404 (chino, Taiwán)
Deletrear como número ordinal: 1 → primero
Transformar en número ordinal: 1 → 1.º
Fecha como ordinal: «1.º de mayo»
Si el valor se encuentra fuera de los límites del formato seleccionado, se muestra el código de error siguiente:
Define en el pie de página un borde, un color de fondo o un motivo de fondo.
Pies de página
Orientación del texto
Define la orientación del texto del contenido de la celda.
Expansión del texto sólo dentro de la celda: Escribe el texto girado sólo dentro de la celda.
Alinear texto verticalmente.
Reducir hasta encajar en celda
Iconos
Eliminar macro
Suprime la asignación de macro o componente del evento seleccionado.
Exportar esquemas como destinos con nombre
Abrir en navegador web
Campo ligado
Esta propiedad disponible para los listados determina el campo de datos de una tabla enlazada que debe visualizarse en un formulario.
Seleccione el modo de enlace de un cuadro de lista con una celda enlazada en una hoja de cálculo.
En Campo de datos especifique el campo de la tabla del origen de datos cuyo contenido quiera ver.
Cadenas vacías son NULL
Casilla de verificación con celda enlazada
Marque la casilla de verificación:
El texto se copia en la celda enlazada.
El texto o el número se copia en el cuadro de texto.
El número se copia en el campo.
Vacíe la celda enlazada, introduzca texto o introduzca una fórmula que devuelva texto o un error:
Cuadro de lista con celda enlazada
Se enlaza el contenido: el texto del elemento se copia en la celda enlazada.
Cuadro combinado con celda enlazada
Ejemplos de instrucciones SQL:
SELECT DISTINCT campo FROM tabla,
Listas de valores para documentos HTML
Etiqueta HTML
Datos transmitidos
<OPTION>Elemento
...el registro de lista visible ("ListBox1=Item").
Valor de referencia (activado)
Valores referenciales para formularios de bases de datos
Valores referenciales para formularios de bases de datos
Determina los datos con que se rellenarán las listas de cuadros de lista y combinados.
Filtrado de registros, se basa en el contenido del campo de datos seleccionado.
En la vista de diseño de consulta, vaya a Editar ▸ Propiedades de consulta.
Ventana de la Ayuda de LibreOffice
Vuelve a la página anterior.
Cambia a la primera página del tema de ayuda actual.
Imprime la página actual.
Estas órdenes se encuentran también en el menú contextual del documento de Ayuda.
En una página de ayuda, seleccione el texto que desee copiar.
Pulse en el icono Buscar en esta página.
Para buscar la siguiente ocurrencia del término de búsqueda en la página, vuelva a pulsar en Buscar.
Muestra un sumario de los principales temas de ayuda en todos los módulos.
Permite efectuar una búsqueda en todo el texto. La búsqueda incluye todo el contenido de la Ayuda del módulo de LibreOffice actualmente seleccionado.
Contiene marcadores definidos por el usuario. Los marcadores se pueden editar, borrar o pulsar en ellos para ir a las páginas correspondientes.
Seleccione los valores de espaciado entre caracteres que se aplicará al objeto de Fontwork.
Alternar extrusión
Cómo simplificar el trabajo con la ayuda de ejemplos y plantillas.
Integrar nuevos componentes UNO
Los Add-On pueden ampliar la funcionalidad de LibreOffice. No están relacionados con los que proporcionan nuevas funciones a LibreOffice Calc.
Es posible utilizar las extensiones de LibreOffice para añadir paletas de colores y listas de degradados o de motivos de tramas.
Para cargar una paleta de colores:
Si tiene una paleta personalizada disponible como extensión, utilice el Gestor de extensiones para cargarla en LibreOffice:
Eliminaciones/atributos
Modificación de atributos / Atributos
En la lista de valores, seleccione valores para copiarlos en el portapapeles.
Abra el grupo Transición entre diapositivas de la barra lateral.
Ejecutar un pase de diapositivas desde un archivo
Numeración por capítulos
Especifica el estilo de carácter.
Edita el índice o la tabla.
Si este modo está activo, se cambia a la línea y/o columna que afecta a toda la tabla.
Un campo de entrada es una variable sobre la que puede pulsar en un documento para abrir un diálogo donde editar la variable.
Para agregar además un recuento de las páginas
Para definir un estilo de página nuevo
Use las pestañas del diálogo para definir las opciones de diseño del estilo de página y a continuación pulse Aceptar.
Para aplicar un estilo de página
Indique el estilo de página que se aplicará.
Vea Intervalo de estilo de página definido manualmente.
Para aplicar un estilo de página a una página nueva
Para hacer que una sección sea de solo lectura, seleccione la casilla Protegido en el apartado Protección contra escritura.
Para ocultar una sección, seleccione la casilla Ocultar del apartado Ocultar.
Pulse en Aceptar.
Plantillas y estilos
Si no lo especifica de otro modo, todos los documentos de texto nuevos de LibreOffice se basará en la plantilla predeterminada.
LibreOffice incluye varias plantillas predefinidas que usted puede utilizar para crear diferentes tipos de documentos de texto, como por ejemplo cartas formales.
Mostrar u ocultar los comentarios de un documento y las respuestas a estos.
Comentarios resueltos
Más campos
Aumentar letra
Disminuir letra
Reflejar horizontalmente
