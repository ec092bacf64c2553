Invocar secuencias de Python desde Basic
Es posible utilizar los lenguajes de programación BASIC y Python para escribir macros que apliquen formatos a intervalos de celdas en Calc.
Para añadir controles a su diálogo, utilice las herramientas del Cuadro de herramientas del editor de diálogos de Basic.
Lectura y escritura de valores en intervalos
El ejemplo siguiente introduce un valor numérico en la celda "A1" de la hoja con nombre "Sheet2"
' Carga la biblioteca ScriptForge
' Establece los valores de las celdas A1 y A2
Ejemplos de programación de controles en el Editor de diálogos
Seleccione un idioma.
Cambia la lista actual de idiomas a los idiomas predeterminados.
Si no hay un idioma que este en la versión del usuario, el usuario verá el idioma predeterminado.
Macros de la aplicación: macros de sistema distribuidas con LibreOffice para todos los usuarios del equipo
La ubicación del contenedor Mis macros está en el espacio de usuario y depende del sistema operativo:
En Linux y macOS, $HOME/.config/libreoffice/4/user/Scripts/python.
Consola alternativa
Utilice la consola de la extensión APSO como alternativa:
Notación URL
Negro
Gris
Funciones financieras de VBA
Funciones de E/S de VBA
28 No hay suficiente memoria de pila disponible
67 Demasiados archivos
68 Dispositivo no disponible
293 Método DDE invocado sin un canal abierto
953 Se esperaba un símbolo
964 Tipo de datos desconocido
967 Los paréntesis no coinciden
1003 Número de argumentos no válido
Macro desde / Guardar macro en
Inicia el editor de LibreOffice Basic y abre la macro seleccionada para editarla.
Seleccione la ubicación que contiene las bibliotecas de macros que quiere organizar.
Nombre del archivo:
Opciones
En esta sección se describe el Entorno integrado de desarrollo de LibreOffice Basic.
Bibliotecas, módulos y diálogos
Las variables decimales pueden tomar numeros positivos y negativos o el numero cero. La exactitud esta hasta 29 digitos.
Las matrices deben declararse con la instrucción Dim. Hay varias maneras de definir el intervalo de índices de una matriz:
Pasar variables por valor o por referencia
Organizar bibliotecas y módulos
Navegación por un proyecto
Seleccione el módulo que desee exportar como texto del catálogo de objetos.
Seleccione el archivo de texto que contiene el código fuente y pulse en Aceptar.
Las bibliotecas de LibreOffice Basic pueden almacenarse en tres contenedores diferentes.
Elija si quiere exportar la biblioteca como una extensión o como biblioteca de BASIC.
La biblioteca predeterminada «Estándar» no puede eliminarse.
Organización de módulos y diálogos
Abra todos los documentos o plantillas entre los que desee desplazar o copiar módulos o diálogos.
El documento se guardó como
Asignación de una macro a un evento
Diálogo
Abre el cuadro de diálogo Organizar macros.
Las combinaciones de tecla siguientes se utilizan para introducir datos en campos multilínea o en cuadros combinados del diálogo Propiedades:
Teclas
↓
Marco
Especifique el tipo de borde para el control.
Fecha
Fecha máx.
Decimales
Significado
Escriba un texto de ayuda para que aparezca como sugerencia (burbuja de texto) cuando el ratón descanse sobre el control.
Etiqueta
Máscara de caracteres
Longitud máx. de texto
Inserte un nombre para el control. Este nombre se utiliza para identificar el control.
Imprimir
Escalar
Especifica si se deben mostrar las agarraderas de los nodos.
Seleccione "Sí" para mostrar caracteres para el separador de unidades de millar en controles numéricos y de moneda.
Especifique el valor máximo de tiempo para un control de tiempo.
Especifique el título del diálogo. Pulse en el borde del diálogo para seleccionarlo.
Valor mínimo
Especifique el valor mínimo del control.
Especifique la anchura del diálogo o el control.
Este evento tiene lugar si el estado del control ha cambiado, por ejemplo, de marcado a desmarcado.
Este evento se produce cuando el ratón se arrastra mientras se oprime una tecla.
Ejecuta la primera macro del módulo actual.
Ejecuta la macro y la detiene después de la orden siguiente.
Inserta un punto de interrupción en el renglón del programa.
Buscar paréntesis
Importar diálogo
Exportar diálogo
Cuadro de lista
Cuadro combinado
Añade una barra de desplazamiento vertical al diálogo.
Campo de fecha
Categoría
LibreOffice BASIC
El servicio Base proporciona diversos métodos y propiedades que facilitan la gestión y la manipulación de los documentos de LibreOffice Base.
Crear archivos POT que puedan utilizarse como plantillas para la traducción de todas las cadenas del programa.
El servicio Platform ofrece una colección de propiedades sobre el entorno y el contexto de ejecución actuales, tales como:
Información sobre el sistema operativo (tipo de SO, versión, etc.)
Convertir husos horarios y calcular diferencias respecto a horarios de verano.
Introspección de UNO
Servicio ScriptForge.UI
Selección de ventanas
Configuración de la barra de estado
Presentación de una barra de progreso flotante
Sus puntos de entrada son:
La biblioteca Schedule
Secuencias de órdenes en BeanShell, Java y JavaScript
La biblioteca Template
Módulo Misc
Los elementos en las matrices pueden contener cualquier tipo de valor, incluidas (sub)matrices.
array_1d: la matriz que se utilizará en la búsqueda.
índice de columna: El número de columna a extraer - debe estar en el intervalo[Límite L, Límite U].
Fred, 04/05/1998,"Rue Albert Einstein, 113A",Carcasona
distingue mayúsculas y minúsculas: solo para comparaciones de cadenas (predeterminado =falso).
matriz unidimensional: La matriz a recortar.
matriz2 unidimensional: La segunda matriz de entrada.
Lista de métodos en el servicio Base
Para obtener más información sobre los documentos formulario, consulte la página de ayuda del servicio Form.
En función de los parámetros provistos, este método devolverá:
De solo lectura
Valores: 3, 2, 5, 7, 1, 4, 6 Constantes que indican el botón seleccionado del MsgBox.
Utilizar valor predeterminado del sistema
Sunday (valor predeterminado)
La lista siguiente describe los códigos que puede utilizar para dar formato a una expresión numérica:
Devuelve el separador de directorios, que depende del sistema operativo, utilizado para especificar las rutas de acceso de los archivos.
título: expresión de cadena que se muestra en la barra de título del cuadro de diálogo.
Especifica el título del eje X.
Crear un gráfico
El objeto UNO que representa la conexión de base de datos actual.
1: botón Aceptar presionado
Con Python:
Especifica el texto asociado con el control.
Matriz de cadenas
Antes de utilizar el servicio Document, es necesario cargar o importar la biblioteca ScriptForge:
Directamente, si el documento ya está abierto.
El nombre completo de la carpeta, ruta incluida, con o sin el separador de ruta final.
«*» representa cero, uno o múltiples caracteres
Notación para dar nombre a los archivos
Devuelve la carpeta de configuración de LibreOffice.
Abre un cuadro de diálogo para abrir o guardar archivos.
Especifica si el formulario permite añadir registros.
Al cargar
Al recargar
Antes de recargar
El valor que devuelve el método Subforms depende de los argumentos proporcionados:
Encontrará más abajo dos ejemplos que ilustran el uso del servicio FormControl.
Ejecutar secuencias Python en LibreOffice
filename: el archivo de salida en la notación FileSystem.FileNaming.
Si no se encontrare ninguna cadena traducida, el método devolverá la cadena no traducida con los sustitutivos reemplazados por los argumentos especificados.
Antes de utilizar el servicio Platform, es necesario cargar o importar la biblioteca ScriptForge:
Devuelve una matriz de cadenas indizada a partir de cero que contiene los nombres de todos los tipos de letra disponibles.
Ejemplo: «LibreOffice 7.4.1.2 (The Document Foundation, Debian and Ubuntu)»
Menús y submenús
Lista de métodos en el servicio PopupMenu
El horario de verano (DST) es una diferencia adicional.
timezone: el huso horario para el que se calculará la diferencia.
La biblioteca se carga en memoria si hace falta.
Si la secuencia de órdenes no se encuentra o no devuelve nada, el valor devuelto será Empty.
unoobject: el objeto que se inspeccionará.
subject: la cabecera del mensaje.
El valor predeterminado es el sistema operativo actual en el que se ejecuta la secuencia de órdenes.
«*» representa cero, uno o varios caracteres.
Los saltos de renglón simbólicos se sustituyen por sus equivalentes en caracteres ASCII.
Si la salida ajustada no tiene contenido, la matriz devuelta queda vacía.
El conjunto de caracteres que debe utilizarse. La codificación predeterminada es «UTF-8».
una de las ventanas especiales «BASICIDE» y «WELCOMESCREEN»
Lista de métodos en el servicio UI
windowname: vea las definiciones más arriba.
Maximiza la ventana activa o la ventana dada.
filtername: el nombre del filtro que debe utilizarse para cargar el documento. Si está presente, el filtro debe existir.
Prueba unitaria
Argumentos de los métodos AssertX
Cadenas
Funciones de fecha y hora
Esta sección describe las funciones de tiempo de ejecución usadas para llamar a diálogos para la entrada y salida de interacciones con el usuario.
Funciones de E/S de archivo
Muestra un cuadro de diálogo que contiene un mensaje.
Reintentar
filenum: cualquier expresión numérica que contenga el número de archivo establecido por la instrucción Open para el archivo respectivo.
número: cantidad de espacios que insertará la función Spc.
Función Blue
Función Green
Función RGB [VBA]
6 : Amarillo
9 : Azul claro
Apertura y cierre de archivos
Determina si el puntero de archivo ha llegado al final de este.
Si se omite la lista de expresiones, la instrucción Write añade una línea vacía al archivo.
NúmeroArchivo: Cualquier expresión numérica que contenga el número de archivo que estableció la instrucción Open para el archivo respectivo.
NúmeroArchivo: El número de canal de datos usado en la instrucción Open.
Para el resto de archivos, la instrucción Seek define la posición de byte en la que ocurrirá la siguiente operación.
Cambia la unidad actual.
Determina si un archivo o carpeta está disponible en el soporte de datos.
Función FileLen
Configura la información de atributo de un archivo especificado.
Consulte también: Open
NúmeroArchivo: El número del archivo que se abrió con la instrucción Open.
1: La función FileAttr indica el modo de acceso del archivo.
32 - BINARY (archivo abierto en modo binario).
Texto: Cualquier expresión de cadena que contenga una especificación de archivo inequívoca. También se puede usar la notación URL.
Archivo oculto
NombreArchivo | NombreDirectorio: Cualquier expresión de cadena que contenga una especificación de archivo inequívoca. También se puede usar la notación URL.
Devuelve un valor de Fecha para un año, mes o día especificados.
Función DateValue
Devuelve el mes de un año a partir de una fecha serie que genera la función DateSerial o DateValue.
Devuelve el año a partir de una fecha serie que genera la función DateSerial o DateValue.
Función CDateToUnoDate
Convierte una estructura com.sun.star.util.Date de UNO a un valor de fecha.
Función DatePart
Número: Una expresión numérica que contenga un número de fecha serie a partir del cual se pueda determinar el día del mes.
devuelve el valor 1994.
Variante que contiene una fecha.
Devuelve la parte horaria de la fecha como una estructura com.sun.star.util.Time de UNO.
Función TimeValue
Función Now
12, -5, 45 se corresponde con 11, 55, 45
Texto: Cualquier expresión de cadena que contenga la hora que se desea calcular en el formato "HH:MM:SS".
Constantes booleanas
Constante matemática
Tipo de variable
Constante con nombre
CR: retorno de carro
La función Err se usa en rutinas de manejo de errores para determinar el error y la acción correctiva.
La instrucción On Error GoTo se utiliza para reaccionar a los errores que se producen en una macro.
Se utiliza para negar una expresión invirtiendo sus valores de bit.
Operador XOR
Las expresiones booleanas combinadas con AND solo devuelven el valor True si ambas dan como resultado True:
Resultado: cualquier variable numérica que contenga el resultado de la implicación.
Operador «*»
Multiplica dos valores.
Operador «^»
Eleva un número a una potencia.
Resultado: cualquier expresión numérica que contenga el resultado de la resta.
Funciones trigonométricas
Número: Expresión numérica que especifica un ángulo en radianes para el que se desea calcular el coseno.
Número: Cualquier expresión numérica de la que se desee calcular el logaritmo natural.
Inicia el generador de números aleatorios que la función Rnd utiliza.
Devuelve un número aleatorio entre 0 y 1.
Int (Número)
Número: Expresión numérica que determina el valor que devuelve la función.
Número
Sgn devuelve -1.
Número: Cualquier expresión numérica que se desee convertir en valor octal.
Instrucciones condicionales
Las instrucciones siguientes ejecutan bucles.
Las instrucciones siguientes ejecutan saltos.
Define uno o más bloques de instrucciones, dependiendo del valor de una expresión.
Instrucción While… Wend
Si se especifica un incremento 0, las instrucciones entre For y Next se repiten indefinidamente.
Declara y define una subrutina en un archivo DLL que se desee ejecutar desde LibreOffice Basic.
Instrucción End
Define una subrutina.
Función CDec
Convierte una expresión de cadena o una expresión numérica en una expresión decimal.
Función CStr
Función CVar
Instrucción DefDate
Instrucción DefErr
Instrucción DefLng
Comprueba si una variable de tipo Variant contiene el valor Empty (vacío) que indica que la variable no se ha inicializado.
Función IsNull
Comprueba si una variante contiene el valor especial Null (nulo) indicando que la variable no contiene datos.
Función LBound
Devuelve el límite inferior de una matriz.
Instrucción Let
Palabra clave Global
Función FindObject
Las expresiones numéricas se muestran acorde a la configuración de idiomas de LibreOffice:
Si el argumento es un error, se utilizará el número del error como valor numérico de la expresión.
Tipos de expresión y conversiones devueltas
Var: Cualquier expresión que se desee comprobar.
var: la variable que se someterá a prueba.
0: desactivar la compatibilidad con VBA
Consulte también: Opcional
Consulte también Ejemplos.
oTest: El objeto Basic Uno que se desee comprobar.
Operadores de comparación
=: igual a
>: mayor que
Edición de longitud de cadena
Función Asc (BASIC)
Carácter: cualquier carácter individual utilizado para crear la cadena de retorno o cualquier cadena de la que solamente se utilizará el primer carácter.
Función Left
Función Mid e instrucción Mid
Función Replace
Función Right
Instrucción RSet
Suprime todas los espacios del principio y del final de una expresión de cadena.
Texto: Cadena que se desee alinear a la izquierda de la variable de cadena.
número (opcional): La cantidad de subcadenas que se desee devolver.
Función StrComp
Parámetro:
Texto1: Cualquier expresión de cadena
Si Texto1 < Texto2 la función devuelve -1
1: el valor predeterminado 1 establece que la comparación no distingue entre minúsculas y mayúsculas.
0: el valor 0 especifica una comparación binaria que distingue entre minúsculas y mayúsculas.
Función TwipsPerPixelX
EstiloVentana
El foco está en la ventana de programa maximizada.
Ventana de programa de tamaño estándar, sin foco.
Cualquier expresión de cadena que especifique la línea de órdenes que se desee pasar.
oStruct = CreateUnoStruct( nombre de tipo Uno )
En los diálogos:
oListener = CreateUnoListener( Nombreprefijo, NombreInterfazListener )
Ahora Listener está registrado. Cuando se produce una acción, el Listener correspondiente llama al método apropiado desde la interfaz de com.sun.star.container.XContainerListener.
Función CreateUnoValue
Crea un objeto UNO. En Windows, también puede crear objetos OLE.
Salvamento fija el valor de un activo al final de su vida.
Devuelve el valor final de una inversión con pagos regulares y un tipo de interés constante (valor futuro).
VA (opcional) es el valor en efectivo (actual) de una inversión.
Investment: es la tasa de interés de las inversiones (los valores negativos de la matriz).
ReinvestRate: la tasa de interés de la reinversión (los valores positivos de la matriz).
VA es el valor en efectivo (actual) de una inversión.
Pago es el pago regular realizado en cada periodo.
Función Rate [VBA]
VA es el valor actual del préstamo o la inversión.
Valor estimado (opcional) determina el valor estimado del interés del cálculo interactivo.
Aplica un formato de fecha u hora a una expresión de fecha y devuelve el resultado como una cadena de caracteres.
Abbreviate: opcional. Un valor booleano que indica si se debe abreviar el nombre del día de la semana.
Utilizar parametrización de la API National Language Support (NLS)
Número: Requerido. Expresión numérica que especifica el número de caracteres a regresar.
vbUseDefaults o -2: utiliza la configuración regional de la interfaz de usuario. Este es el comportamiento predeterminado cuando se omite.
vbFalse o 0: no muestra paréntesis.
Marco
Error al cargar la imagen
Los gráficos no se cargan satisfactoriamente, por ejemplo si uno de ellos no se encuentra.
El marco se mueve con el ratón.
Tras insertar el texto automático
Elija la macro que desee ejecutar cuando la acción seleccionada se produzca.
Los marcos permiten enlazar acciones a una función, de forma que ésta pueda determinar si procesa la acción o lo hace LibreOffice Writer.
Muestra las macros disponibles. Pulse en la macro que quiera asignar al objeto seleccionado.
Función CallByName
Caracteres especiales como identificadores
Función Partition [VBA]
Funciones de texto
Objeto StarDesktop
Objeto ThisDatabaseDocument
Objetos, funciones y servicios de UNO
Objeto BasicLibraries
Métodos de UNO
Es posible modificar las macros escritas en VBA con el EID de Basic de LibreOffice.
Vaya a Hoja ▸ Rellenar celdas.
Vaya a Hoja ▸ Vaciar celdas.
Vaya a Ver ▸ Cabeceras de columnas y filas.
Menú Insertar
Vaya a Hoja ▸ Insertar hoja.
Insertar ▸ Función ▸ categoría Información
Menú Formato
Vaya a Formato ▸ Filas ▸ Mostrar.
Menú Herramientas
Vaya a Herramientas ▸ Detective ▸ Quitar dependientes.
Vaya a Herramientas ▸ Búsqueda del valor de destino.
Presione F9
Vaya a Ver ▸ Dividir ventana.
Vaya a Ver ▸ Inmovilizar celdas ▸ Inmovilizar primera fila
Vaya a Datos ▸ Definir intervalo.
Escoja la pestaña Datos ▸ Ordenar ▸ Criterios de ordenación.
Orden descendente
Vaya a Datos ▸ Más filtros ▸ Filtro avanzado ▸ Opciones.
Vaya a Datos ▸ Más filtros ▸ Restablecer filtro.
Restablecer filtro/orden
Vaya a Datos ▸ Actualizar intervalo.
Esta función está disponible desde la versión 3.3 de LibreOffice.
Esta función está disponible desde la versión 4.4 de LibreOffice.
Esta función está disponible desde la versión 5.0 de LibreOffice.
Esta función está disponible desde la versión 6.2 de LibreOffice.
Menú Hoja
Vaya a Hoja ▸ Insertar columnas ▸ Columnas después.
Vaya a Hoja ▸ Insertar salto de página.
Vaya a Hoja ▸ Eliminar salto de página.
Vaya a Hoja ▸ Comentarios de celda ▸ Mostrar comentario
Especifica el intervalo de datos actual representado por la posición del cursor.
Fin
Muestra todos los objetos del documento.
Documentos
Define o da formato a una cabecera o un pie de página de un estilo de página.
Restablecer
Área izquierda
Inserta contenido en las celdas automáticamente.
Izquierda
Especifica las opciones para transferir hojas o intervalos de una determinada hoja hacia las mismas celdas de otra hoja seleccionada.
Rellenar series
Aritmético
Rellenar datos automáticamente basándose en celdas adyacentes
Unidad de tiempo
Determina el valor inicial de la serie. Utilice números, fechas u horas.
Valor final
Rellena un intervalo de celdas con números pseudoaleatorios de acuerdo con la distribución seleccionada y sus parámetros.
Máximo: el valor máximo de la muestra.
Entero uniforme
Sigma: el parámetro de escala.
Binómica negativa
Establece el valor inicial del generador de números aleatorios al valor semilla conocido.
Cantidad de decimales de los números generados.
Eliminación de contenido
Elimina únicamente el texto. Los formatos, fórmulas, números y fechas no son afectados.
Eliminar celdas
En esta área aparece una serie de opciones para elegir cuál va a ser el aspecto de la hoja tras eliminar las celdas.
Eliminar columnas completas
Eliminar hoja
Al documento
Para suprimir esta característica, desactive esta entrada de menú.
De manera predeterminada:
Visualización de los saltos de página
Muestra los saltos de página y las zonas de impresión de la hoja. Seleccione Ver ▸ Normal para desactivar este modo.
Inserta una columna nueva antes de la celda activa.
Inserta una hoja nueva justo después de la hoja actual.
Especifica el número de hojas que se deben crear.
Abre un diálogo para la selección de un archivo.
Use el diálogo Archivo ▸ Abrir para ubicar la hoja de cálculo.
Función
Abre el asistente para funciones, que le ayuda a crear fórmulas interactivamente.
Muestra la fórmula creada. Escriba sus entradas directamente o sírvase del asistente para hacerlo.
Mediante una doble pulsación puede incluir en la ventana de fórmulas una función de la ventana de selección.
Estos argumentos se describen a detalle más abajo.
Especifique el argumento CampoDeBaseDeDatos de cualquiera de las siguientes maneras:
El contenido del área Criterios de búsqueda se describe con más detalle en la siguiente sección.
Distancia
Ejemplo 4
BDCONTAR
BDMIN
BDMIN(BaseDeDatos; CampoDeBaseDeDatos; CriteriosDeBúsqueda)
BDDESVESTP
BDVARP
(predeterminada)
FECHANUMERO
HORANUMERO
DIA.LAB.INTL
CELDA
CELDA("TipoInformación" [; Referencia])
=CELDA("COL";D2) devuelve 4.
0 = La celda no está protegida
() (paréntesis) al final = Aparece un paréntesis de apertura en el código de formato.
Devuelve 1 si los valores negativos aparecen formateados en color; de lo contrario, 0.
SI.ND(Valor; Valor_alternativo)
Valor es el valor o expresión que se devolverá si no es equivalente o si produce un error «#N/D».
Valor devuelto
=ESBLANCO(D2) devuelve FALSO como resultado.
=ESERROR(C8) donde la celda C8 contiene =1/0 devuelve VERDADERO porque 1/0 es un error.
Devuelve VERDADERO si el valor es un entero par o FALSO si es impar.
ESPAR(Valor)
=ESPAR(3,999) devuelve FALSO.
=ES.IMPAR_ADD(5) devuelve 0.
Referencia indica la referencia a una celda en la que se realizará una comprobación para determinar si contiene una fórmula.
=ESFORMULA(C4) devuelve FALSO si la celda C4 contiene el número 5.
Si un error ocurre, la función devuelve FALSO.
Devuelve VERDADERO si Valor es un valor lógico (VERDADERO o FALSO); de lo contrario, devuelve FALSO.
ESNOD(Valor)
ESNOTEXTO
ESNUMERO
Valor es cualquier expresión que se deba verificar para determinar si es numérica o de texto.
Devuelve VERDADERO (1) si el número no es divisible por 2.
Devuelve VERDADERO si el contenido de la celda hace referencia a texto.
NOD
Cero (0) equivale a FALSO y el resto de los números equivalen a VERDADERO.
Si un argumento es texto directo (en contraposición a texto en una celda), se emite un error #VALOR.
Devuelve VERDADERO si todos los argumentos son VERDADEROS. Si uno de los elementos es FALSO, esta función devuelve el valor FALSO.
Y(Lógica 1 [; Lógica 2 [; ... [; Lógica 255]])
FALSO()
=FALSO() devuelve FALSO
=NO(FALSO()) devuelve VERDADERO
=O(12<11;13>22;45=45) devuelve VERDADERO.
VERDADERO()
=O(A;B) devuelve VERDADERO
El número debe ser mayor que o igual a 1.
Devuelve el inverso de la cotangente (arco cotangente) del número especificado.
Devuelve el inverso de la cotangente hiperbólica del número especificado.
Esta función devuelve la inversa de la cotangente hiperbólica de Número, que es el número cuya cotangente hiperbólica es Número.
=ACOTH(1.1) devuelve la cotangente hiperbólica inversa de 1,1, aproximadamente 1,52226.
=GRADOS(ASENO(0,5)) devuelve 30. El seno de 30 grados es 0,5.
Devuelve la inversa de la tangente trigonométrica de un número.
=ATANH(0) devuelve 0.
Contar1 es el número de elementos en el conjunto.
Contar2 es el número de elementos que elegir en el conjunto.
COMBINAR aplica la siguiente fórmula: Contar1!/(Contar2!*(Contar1-Contar2)!)
COMBINATA
Texto1 es una cadena de tres caracteres que especifica la moneda desde la que se convertirá.
Texto2 es una cadena de tres caracteres que especifica la moneda a la que se convertirá.
Devuelve el coseno hiperbólico de Número.
COT(Número)
Ejemplo:
=COT(PI()/4) devuelve 1, la cotangente de PI/4 radianes.
COTH(Número)
Devuelve la cosecante hiperbólica de un número.
CSCH(Número)
REDONDEA.PAR
REDONDEA.PAR(Número)
Devuelve Número!, el factorial de Número, calculado como 1*2*3*4* ... * Número.
El valor de un número negativo devuelve el error "argumento inválido".
El máximo común divisor es el entero positivo más grande que divide, sin resto, cada uno de los enteros dados.
M.C.D_EXCEL2003
=M.C.D_EXCEL2003(5;15;25) devuelve 5.
ENTERO
Redondea un número a la baja al entero más próximo.
Los números negativos se redondean al entero inferior.
LOG10(Número)
Devuelve el logaritmo en base 10 de un Número.
Devuelve Número redondeado al multiplo mas cercano a Múltiplo.
REDONDEA.IMPAR
REDONDEA.IMPAR(Número)
=COCIENTE(11;3) devuelve 3. El resto de 2 se pierde.
Convierte grados en radianes.
Devuelve un número redondeado hasta una cantidad determinada de decimales.
Devuelve la secante (trigonométrica) de Número, el ángulo en radianes.
=SEC(RADIANES(60)) devuelve 2, la secante de 60 grados.
RAIZ(Número)
Devuelve la raíz cuadrada de un número multiplicado por pi.
Índice de funciones
CONTARA
DESVEST.P
En el caso de =, si el valor está vacío, coincide con las celdas vacías.
Con la función RADIANES puede calcular la tangente de un ángulo en grados.
Las fórmulas matriciales se muestran en LibreOffice Calc entre llaves. No es posible crear fórmulas matriciales escribiendo las llaves manualmente.
Un matriz con datos mixtos.
CRECIMIENTO
Otros resultados de ESTIMACION.LINEAL:
ESTIMACION.LOGARITMICA(Datos Y [; Datos X [; Tipo de función [; Estadística]])
Estadística (opcional). Si Estadística=0, sólo se calcula el coeficiente de regresión.
MINVERSA(Matriz)
=SUMA.PRODUCTO(A1:B3;C1:D3) devuelve 397.
Calcula la suma de los cuadrados de los valores correspondientes en dos matrices.
Funciones de complemento. Lista de funciones de análisis, parte 2
Columna representa el número de columna de la referencia de la celda (el número, no la letra).
Hoja representa el nombre de la hoja. Debe ir entre comillas dobles.
ELEGIR
ELEGIR(Índice; Valor 1 [; Valor 2 [; ... [; Valor 30]]])
=COLUMNA(C3:E3) es igual a 3. La columna C es la tercera de la tabla.
DDE("Servidor"; "Archivo"; "Intervalo" [; Modo])
Formato numérico procedente del estilo de celda «Predeterminado»
En la barra de estado se muestra el código de error predefinido de LibreOffice si pulsa en la celda que contiene el error.
Se pueden utilizar dos definiciones sintácticas diferentes:
Número atómico
HIPERVINCULO("URL" [; Valordelacelda])
INDICE
Devuelve la referencia especificada por una cadena de texto. Esta función también se puede utilizar para calcular el área de la cadena correspondiente.
DESREF
Devuelve el valor de una celda desplazada una determinada cantidad de filas y columnas de un punto de referencia concreto.
FILA
BUSCARV
=BUSCARV(A1;D1:E100;2)
Utilizar comillas dactilográficas dobles (") en fórmulas
Convierte caracteres ASCII o katakana de un byte (medio ancho) en caracteres de doble byte (ancho completo).
VALOR
Aplica una expresión XPath en un documento XML.
URLCODIF
=TEXTOBAHT(12,65) devuelve una cadena de caracteres tailandeses que representan «Doce bahts y sesentaicinco satangs».
Número es el número entero positivo se debe convertir.
Texto hace referencia al texto del que se eliminarán todos los caracteres no imprimibles.
Devuelve un código numérico para el primer carácter de una cadena de texto.
CODIGO("Texto")
=CODIGO("Jerónimo") devuelve 74, =CODIGO("jeroglífico") devuelve 106.
El código utilizado en este caso no es el código ASCII, sino el código de la tabla de códigos actual.
CONCATENAR(Cadena 1 [; Cadena 2 [[; … [; Cadena 255]]])
Debe establecer el formato de la divisa en la configuración del sistema.
Texto1 hace referencia al primer texto que se comparará.
ENCONTRAR
Texto es el texto donde se realiza la búsqueda.
=BUSCAR(76;998877665544) devuelve 6.
FIJO
=FIJO(1234567,89;3) devuelve 1.234.567,890 como cadena de texto.
=FIJO(12345.789;8/5) devuelve 12.345,8 como cadena de texto.
IZQUIERDA
IZQUIERDAB("Texto" [; Número_bytes])
=LARGO("Buenas tardes") devuelve 13.
MINUSC("Texto")
Texto hace referencia al texto que se debe convertir.
=MINUSC("Sun";2) devuelve sun.
REPETIR
Repite una cadena de caracteres el número de veces especificado.
DERECHAB("Texto" [; Número bytes])
HALLAR("Buscar texto"; "Texto" [; Posición])
texto_nuevo es el texto que va a sustituir al segmento de texto.
TEXTO
Valor es el valor (numérico o textual) a convertir.
Elimina los espacios de una cadena de caracteres y deja un solo espacio entre palabras.
Funciones de complementos
Funciones de análisis, primera parte
Tipo calcula el tipo de diferencia. Los valor posibles incluyen 0 (intervalo) y 1 (en el calendario anual).
Complementos a través de la API de LibreOffice
Aspectos generales sobre la interfaz
con Windows: FAR PASCAL (_far _pascal)
entero sin signo de 2 bytes
Funciones de la
Número de fila de la esquina superior izquierda del área de celdas, contado a partir de 0.
Número de columna de la esquina inferior derecha del área de celdas. La numeración comienza por 0.
Valor o Len
IM.TAN
NúmeroReal es el coeficiente real de un número complejo.
Sufijo es una lista de opciones, "i" o "j".
Devuelve Número !!, el factorial doble de Número, donde Número es un número entero mayor o igual a cero.
=IM.ABS("5+12j") devuelve 13.
El resultado es el coeficiente imaginario de un número complejo.
IM.LN("Número Complejo")
El resultado es la sustracción de dos números complejos.
=IM.SUM("13+4j";"5+3j") devuelve 18+7j.
CUPON.DIAS(Liquidación; Vencimiento; Frecuencia [; Base])
Calcula el valor final de una inversión con pagos constantes y a un tipo de interés constante (valor futuro).
Tipo define el vencimiento de los pagos periódicos.
VA es el valor actual (en efectivo) en una secuencia de pagos.
Calcula el rendimiento de un título si la fecha del último interés es irregular.
=INT.RENDIMIENTO(4;7500;10000) = 7,46 %
El interés debe ascender al 7,46 % para que las 7500 unidades monetarias se conviertan en 10000.
TIR.NO.PER(Valores; Fechas [; Adivinar])
Cálculo del valor presente neto de los cinco pagos antes mencionados para una tasa interna de retorno nacional del 6 %.
VP es el valor actual.
FinPeríodo es el último período de pago para el cálculo.
¿Cuántos intereses deberá pagar en el primer mes?
Calcula el interés acumulado pagado para un período de inversión con una tasa de interés constante.
cantidad exacta de días del mes, para un año se toman 360 días.
=MONEDA.FRAC(1,125;16) convierte a dieciseisavos. El resultado es 1,02 que significa 1 y 2/16.
=MDURATION("2001-01-01"; "2006-01-01"; 0.08; 0.09; 2; 3) devuelve 4.02 años.
TIRM
TASA.NOMINAL_ADD
PDURACIÓN(Tasa; VA; VF)
Calcula los pagos regulares (anualidades) de una inversión con un tipo de interés constante.
NPer es el número total de períodos durante los cuales la anualidad es pagada.
LETRA.DE.TES.PRECIO
=LETRA.DE.TES.PRECIO("1999-03-31";"1999-06-01"; 0.09) devuelve 98.45.
Calcula el rendimiento de una letra del tesoro.
El rédito de la letra se deduce de esta forma:
=LETRA.DE.TES.RENDTO("1999-03-31";"1999-06-01"; 98.45)devuelve 0.091417 o el 9.1417 por ciento.
Desplaza un número a la izquierda n bits.
=BIT.DESPLIZQDA(6;1) devuelve 12 (0110 << 1 = 1100).
=BIT.XO(6;10) devuelve 12 (0110 ^ 1010 = 1100)
DISTR.BETA.N(Número; Alfa; Beta; Acumulativa [; Inicio [; Fin]])
Número (obligatorio) es el valor entre Inicio y Fin en el que se evaluará la función.
Beta (obligatorio) es un parámetro de la distribución.
Devuelve la inversa de la función de densidad de probabilidad Beta acumulada.
DISTR.BETA(Número; Alfa; Beta [; Inicio [;Fin [; Acumulativo]]])
DISTR.BETA.INV
Devuelve el inverso de la función de densidad de probabilidad Beta acumulada.
DISTR.BETA.INV(Número; Alfa; Beta [; Inicio [; Fin]])
DISTR.BINOM.N(X; Ensayos; prob_éxito; C)
DISTR.BINOM
DISTR.CHI
GradosdeLibertad son los grados de libertad del experimento.
PRUEBA.CHI.INV
DISTR.CHICUAD.CD(Número; GradosDeLibertad)
DatosE es el intervalo de valores esperados.
DISTR.CUAD.CHI
=CONTAR(2;4;6;"ocho") = 3. La cantidad de números es por tanto 3.
CONTAR.SI
=CONTAR.SI(A1:A10;">=2006") da como resultado 4.
DISTR.EXP
COEFICIENTE.R2
DIST.F(Número; Grados de libertad 1; Grados de libertad 2 [; Acumulativo])
Acumulado = 0 o Falso calcula la función de densidad Acumulado = 1 o Verdadero calcula la distribución.
INV.F.CD
Número es el valor del intervalo de probabilidad para el cual se debe calcular la distribución F inversa.
FISHER(número)
Esta función es parecida a DISTR.GAMMA y se adoptó por razones de interoperatividad con otros paquetes de oficina.
DISTR.GAMMA.INV(Número; Alfa; Beta)
=GAUSS(0,0375) = 0,01
MEDIA.GEOM(Número 1 [; Número 2 [; ... [; Número 255]].)
MEDIA.ARMO
X es el número de resultados obtenidos en la muestra aleatoria.
PoblaciónN es el tamaño de la población total.
DISTR.HIPERGEOM(X; Ejemplo N; ; Éxitos; Población N [; Acumulativa])
Véase también elPágina de la Wiki.
Calcula un intervalo de confianza (1 alfa) para distribución normal.
Desv_estándar es la desviación estándar de la población total.
INTERVALO.CONFIANZA.T
Devuelve la covarianza del producto de desviaciones por pares para toda la población.
=COVARIANZA.P(A1:A30;B1:B30)
COVARIANZA.M
INV.LOG
=INV.LOG(0.05;0;1) devuelve 0.1930408167.
DISTR.LOGNORM(Número; Media; Desv_estándar; Acumulada)
x es el valor del intervalo de probabilidad para el cual se debe calcular la distribución normal logarítmica.
=DISTR.LOG.NORM(0.1;0;1) retorna 0.01.
=K.ESIMO.MENOR(A1:C50;2) devuelve el segundo valor más pequeño en A1:C50.
DESVPROM(Número 1 [; Número 2 [; ... [; Número 255]].)
PROMEDIO(Número 1 [; Número 2 [; ... [; Número 255]].)
MAX(Número 1 [; Número 2 [; ... [; Número 255]].)
MODA.VARIOS(Número 1 [; Número 2 [; ... [; Número 255]].)
Devuelve la función de distribución o de densidad binómica negativa.
DISTR.NORM.N(Número; Media; Desv_estándar; C)
DISTR.NORM
Número es el valor de la distribución en la que se basará para calcular el valor de la distribución normal.
=DISTR.NORM(70;63;5;1) devuelve 0,92.
Calcula el coeficiente de correlación producto o momento r de Pearson.
PERCENTIL(Datos; Alpha)
PERCENTIL.EXC
Devuelve la posición porcentual de un valor en una muestra.
Devuelve la posición relativa, entre 0 y 1 (excluida), de un valor especificado en una matriz de datos dada.
RANGO.PERCENTIL.INC
Media es el valor medio de la distribución de Poisson.
DISTR.POISSON
Devuelve la asimetría de una distribución utilizando la población de una variable aleatoria.
DESVIA2
Valor es el valor x, para el que se va a devolver el valor y en la regresión lineal.
PRONOSTICO.LINEAL
DISTR.NORM.ESTAND.N
PERMUTACIONESA
Devuelve el número de permutaciones para un número determinado de objetos (se permite repetir).
Inicio es el valor inicial del intervalo para el que se van a sumar las probabilidades.
JERARQUIA
Tipo = 0 significa descender desde el último elemento de la matriz hasta el primero (es lo predeterminado)
Convierte una variable aleatoria en un valor normalizado.
DESVEST.PNúmero 1 [; Número 2 [; ... [; Número 255]].
DESVESTA
Calcula la desviación típica de una estimación a partir de una muestra.
=DESVESTP(A1:A50) calcula la desviación típica de los datos referenciados.
ERROR.TIPICO.XY
=DISTR.T.N(1; 10; TRUE) returns 0.8295534338
DISTR.T.CD
PRUEBA.T.N
=PRUEBA.T.N(A1:A50;B1:B50;2;2)
=DISTR.T(12;5;1)
DISTR.T.INV
=PRUEBA.T(A1:A50;B1:B50;2;2)
VAR.P(Número 1 [; Número 2 [; ... [; Número 255]].)
VARPA(Número 1 [; Número 2 [; ... [; Número 255]].)
Weibull es una distribución de probabilidad continua con parámetros Alfa > 0 (forma) y Beta > 0 (escala).
DIST.WEIBULL(Número; Alfa; Beta; C)
Beta es el parámetro de escala de la distribución Weibull.
Multiplicación
>= (mayor que o igual a)
concatenación de texto Y
Intervalo
Utilice el ratón para definir áreas o escriba la referencia en los campos del diálogo Definir nombres.
Alcance
Pegar
Columna derecha
Definir área de etiqueta
Agrega a la lista el área de etiquetas actual.
Especifique el formato y el tipo de letra que desee aplicar.
Bordes
Protegido
Impresión
Establece la anchura de la columna y muestra u oculta las columnas seleccionadas.
Mostrar hoja
Hojas ocultas
Se pueden producir errores de cálculo al combinar celdas con fórmulas.
En la barra Formato, pulse en:
Abre un diálogo que permite definir el aspecto de las páginas del documento.
Cuadrícula
Gráficos
Imprime verticalmente desde la columna de la izquierda hasta la parte inferior de la hoja.
Introduzca el número a partir del cual quiere reiniciar.
Define la escala de página para la hoja de cálculo impresa.
Disminuir/aumentar impresión
Proporcione un factor de escala. Los factores menores que 100 reducen las páginas; los mayores las amplían.
Puede desactivar una de las casillas para que la dimensión no especificada utilice las páginas que sean necesarias.
Si desactiva ambas casillas, se establecerá un factor de escala del 100 %.
Número de páginas
Añade la selección actual a las zonas de impresión definidas.
Muestra la lista de los estilos de celda disponibles.
Pulse en el icono Modo de relleno de formato.
Pulse de nuevo en el icono Modo de relleno de formato para salir de este modo.
Lista de estilos
Enumera los grupos de estilos disponibles.
Digite un nombre y pulse en Aceptar.
Cuando está marcada, indica que desea conservar el tipo de letra del formato seleccionado.
Ajustar anchura y altura
Escala de colores
4 o 5: valoraciones
Esta función muestra la relación entre la celda actual que contiene una fórmula y las celdas utilizadas en la fórmula.
Eliminar todos los rastros
Las flechas del Detective en el documento se actualizan en las circunstancias siguientes:
Uso de escenarios
Nombre del escenario
Copiar de vuelta
Protege las celdas de la hoja actual para evitar que se las modifique.
Eliminar filasPermitir eliminar las filas. Tenga en cuenta que la eliminación de filas sólo se permiten en las celdas no protegidas.
Proteger documentos
Cálculo automático
Divide la ventana actual en la esquina superior izquierda de la celda activa.
Muestra opciones adicionales.
Establece opciones de clasificación adicionales.
Ordena primero por letra mayúsculas y luego por letras minúsculas. Para los idiomas asiáticos, se aplica un orden especial.
Incluir formatos
Incluir columna(s)/fila(s) de límite que contengan solo comentarios
Idioma
Ordena las filas según los valores de las columnas activas del intervalo seleccionado.
Muestra únicamente las filas del intervalo de celdas que tienen una celda no vacía en la columna actual.
Pulse una vez para seleccionar y mostrar todas las filas , pulse de nuevo para seleccionar y ocultar todas las filas.
Lista de valores únicos encontrados en la columna actual.
El área contiene los títulos de columnas
Sin duplicados
Excluye las filas duplicadas en la lista de los datos filtrados.
Intervalo de datos
Define un filtro que puede combinar hasta ocho criterios de filtro.
Lujo
Marzo
Nueva página entre grupos
Ordena el área seleccionada en el cuadro Agrupar por de las pestañas del Grupo, en función de las columnas seleccionadas.
Etiquetas de columna
Desagrupa la selección. En un grupo anidado, se quitan del grupo las últimas filas o columnas agregadas.
Extrae del grupo las filas seleccionadas.
Actualizar
Abre el diálogo Origen externo donde puede seleccionar el origen de datos OLAP para la tabla dinámica.
Seleccione la zona en la que desea mostrar los resultados de la tabla dinámica.
Añade un botón «Filtro» a las tablas dinámicas que se basan en datos de la hoja de cálculo.
Seleccione un operador para comparar las entradas de Nombre de campo y de Valor.
Muestra u oculta las opciones de filtro adicionales.
Excluye las filas duplicadas en la lista de datos filtrados.
Muestra el nombre del intervalo de datos filtrado en la tabla.
Diferencia con respecto a
Los resultados siempre se suman, aunque para obtenerlos se haya utilizado una función de resumen distinta.
Índice
Línea vacía después de cada elemento
Añade una fila vacía después de los datos por cada elemento de la tabla dinámica.
elementos
Seleccione la jerarquía que quiera utilizar. La tabla dinámica debe estar basada en un origen de datos externo que contenga jerarquías de datos.
Especifica si se va a introducir manualmente el valor inicial de la agrupación.
En caso de agrupar valores de fechas, especifica el número de días por el que se debe agrupar.
Agrupar tablas dinámicas
Ayuda de entrada
Intervalo de celdas
Origen
Contenido
Mostrar mensaje de error al introducir valores no válidos
Escriba el título de la macro o el mensaje de error que desea que se muestre al introducir datos incorrectos en una celda.
Vuelve a calcular todas las fórmulas en el documento, incluidas las funciones de complemento y las no volátiles.
Lunes y martes
Martes únicamente
Vaya a Datos ▸ Formulario.
Mínimo: Establece automáticamente el valor mínimo del conjunto de datos como mínimo.
Color del eje vertical:
Escoja el color que deba tener el eje vertical.
Establece la longitud mínima de la barra de datos en porcentaje con respecto a la longitud de la celda.
pluma
Error absoluto medio reducido (EAMR) - una medida de la precisión de las predicciones.
Abre un submenú para editar las propiedades del objeto seleccionado.
Establece las opciones de formato de la línea seleccionada.
Define la disposición y las propiedades de anclaje del texto en el dibujo u objeto de texto seleccionado.
Referencia 1 [; Referencia 2 [; ... [; Referencia 255]]]
Si necesita aplicar la función en un intervalo 3D, este ejemplo muestra cómo hacerlo.
=PROMEDIO.SI(B2:B6;">"&K.ESIMO.MENOR(B2:B6;1))
Esta función existe por razones de interoperatividad con Microsoft Excel, versión 2013 o más reciente.
=MULTIPLO.SUPERIOR.MAT(3.45; -3) devuelve 6.
=MULTIPLO.SUPERIOR.MAT(-45,67; +2; 1) devuelve -46.
=MULTIPLO.SUPERIOR.XCL(-45,67; 2) devuelve −44.
MULTIPLO.SUPERIOR.ISO
Concatena una o más cadenas
=CONVERTIR(1; "dyn"; "e")
Milla internacional cuadrada
Energía
Ergio
Milla náutica
Libra
Nudo internacional
Metros por hora
Metros por segundo
Volumen
Tonelaje de arqueo bruto
Litro
Prefijos
Mes es un entero que indica el mes.
Día es un entero que indica el día del mes.
SIFECHA(Fecha de inicio; Fecha de finalización; Intervalo)
Fecha de inicio es la fecha a partir de la cual el cálculo se lleva a cabo.
=SIFECHA("1974-04-17";"2012-06-13";"md") devuelve 27.
=FECHANUMERO("1954-07-20") da como resultado 19925.
=DIA(AHORA()) indica el día de hoy.
DOMINGOPASCUA(Año)
Lunes de Pascuas = EASTERSUNDAY(Año) + 1
FechadeInicio es una fecha.
Página wiki FIN.MES
función ERROR.TYPE
Valor del error
#¡REF!
=MULTIPLO.INFERIOR.MAT(-1,234) devuelve −2.
Función PRONOSTICO.ETS.MULT
PRONOSTICO.ETS.MULT(objetivos, valores, plazo, [longitud_período], [compleción_datos], [totalización])
Función PRONOSTICO.ETS.ESTACIONALIDAD
Devuelve uno o más valores estadísticos que resulten de los algoritmos ETS o EDS.
PRONOSTICO.ETS.ESTADISTICA.SUM calcula con el modelo
=PRONOSTICO.ETS.ESTADISTICA.SUM(Valores;Plazo;3;1;VERDADERO();1)
SI.CONJUNTO(expresión1; resultado1[; expresión2; resultado2][; ... ; [expresión127; resultado127]])
Si la expresión no es VERDADERA ni FALSA, se devuelve un error #VALOR.
Función IM.COT
Función IM.CSC
=IM.CSC("4-3i") devuelve -0.0754898329158637-0.0648774713706355i.
IM.CSCH, IM.SEC, IM.SECH
IM.CSCH(Número_complejo)
IM.SEC(Número_complejo)
Devuelve la secante hiperbólica de un número complejo. La secante hiperbólica de un número complejo se puede expresar mediante:
IM.SENO(Número_complejo)
Función IM.SENOH
Devuelve el seno hiperbólico de un número complejo. El seno hiperbólico de un número complejo se puede expresar mediante:
Número_complejo es un número complejo cuya cotangente se calculará.
=JIS ("ﾗｲﾄ") devuelve la cadena «ライト», que se compone de caracteres de doble byte.
Función MAX.SI.CONJUNTO
=MIN.SI.CONJUNTO(B2:B6;B2:B6;"<35")
El número, como valor temporal, es un número decimal en función del cual debe calcularse el número de minutos.
AHORA()
El número de salida se formatea como un valor de coma flotante válido y se muestra con el formato numérico de la celda actual.
VALOR.NUMERO(Texto[; Separador decimal[; Separador de grupos]])
Texto es una cadena de caracteres que contiene el número que se va a convertir.
Devuelve el precio de una opción de barrera, calculado utilizando el modelo de precios de opciones de Black-Scholes.
Ejercicio es el precio de ejercicio de la opción y no debe ser negativo.
=OPT_PROB_INMONEY(30;0.2;0.1;1;0;50) devuelve el valor 0.9844.
Devuelve el precio de una opción táctil/no táctil, calculado utilizando el modelo de precios de opciones de Black-Scholes.
Texto: un texto o una referencia a una celda en la que deberá aplicarse la expresión regular.
Devuelve texto en el que una cadena se ha sustituido por una nueva mediante posiciones de bytes.
Posición: la posición del byte a partir de la cual se reemplazará el texto.
=ROMANO(999;2) devuelve «XMIX».
=ROMANO(999;4) devuelve «IM».
Redondea a la baja un número, manteniendo un número especificado de dígitos decimales.
=REDONDEAR.MENOS(21,89) devuelve 21. Tenga en cuenta que este ejemplo utiliza el valor predeterminado para Recuento, que es 0.
REDONDEAR.PRECISION
Consulte también: REDONDEAR, REDOND.MULT, REDONDEAR.MAS, REDONDEAR.MENOS.
=SUMAR.SI.CONJUNTO(B2:B6;B2:B6;">=20")
UNIRCADENAS
HORANUMERO devuelve el número de hora interno a partir de un texto entrecomillado que puede mostrar un posible formato de hora.
El número interno, mostrado como número decimal, resulta de los cálculos que LibreOffice efectúa para obtener fechas.
Número: el número que se truncará.
Recuento: parámetro opcional que define el número de decimales que se mantendrán. El valor predeterminado es 0 (cero).
=TRUNCAR(21,89) devuelve 21. Observe que este ejemplo utiliza el valor predeterminado para Recuento, que es 0.
SERVICIOWEB(URI)
URLCODIF(Texto)
=DIASEM(AHORA()) devuelve el número del día actual.
Día de la semana
Para definir el domingo como día único de fin de semana, otorgue al parámetro de fin de semana el valor 11.
= DIA.LAB.INTL(C3;D3;"0000001";F3:J3)regresa el 9 de enero de 2017.
Devuelve el año como un número de acuerdo con elreglas internas de cálculo
AÑO(Número)
Cantidad máxima de filas
Referencia de celda: introduzca una referencia de celda de la variable
Resolver
Seleccione un algoritmo del Solver. Este cuadro de lista se desactiva en caso de que solo un motor de Solver esté instalado.
Solver no lineal de cúmulos de LibreOffice (experimental)
PS:Probabilidad de mutación
Tamaño de cúmulo
Tamaño de biblioteca
Guía de referencia de lp_resolver en sourceforge.net
Vaya a Insertar ▸ Minigráfico.
Puntos negativos: marque la opción y seleccione el color que deberán tener los puntos negativos.
Publicación de blog del desarrollador sobre minigráficos (en inglés)
Intervalo de entrada: la referencia al área que contiene los datos que se analizarán.
Agrupados por
Matemáticas
Muestreo
Cree una tabla con datos muestreados desde otra tabla.
Calcula la prueba de la ji al cuadrado de una muestra de datos.
La tabla siguiente muestra los resultados del análisis de varianza (ANOVA) de los datos de muestra anteriores.
Media
Un coeficiente de correlación de +1 indica una correlación positiva perfecta.
Para obtener más información sobre la correlación estadística, consulte elartículo de Wikipedia correspondiente
Para obtener más información sobre la covarianza estadística, consulte elartículo de Wikipedia correspondiente
Factor de alisamiento: un parámetro entre 0 y 1 que representa el factor de amortiguamiento Alfa en la ecuación de alisamiento.
Opciones:
Los datos de origen para este ejemplo son los mismos delPágina de la función FOURIER
Intervalo de datos de entrada: $B$6:$C$40
Vaya a Datos ▸ Estadísticas ▸ Media móvil
para obtener más información sobre la media móvil, consulte laartículo de Wikipedia correspondiente
Intervalo de variables independientes (X):
Método de muestreo
Resultados de la prueba F:
F crítico lateral izquierdo
Vaya a Datos ▸ Estadísticas ▸ Prueba t pareada
Resultados de prueba t pareada:
prueba t pareada
z crítico bilateral
Texto en columnas
Aparecerá el cuadro de diálogo Texto en columnas.
Seleccione las opciones de separación. La previsualización mostrará cómo se transformará el contenido actual de la celda en varias celdas.
Archivo de origen
Formato numérico: porcentaje
Formato numérico: quitar decimal
Seleccionar función
Aceptar
Acercar
El factor de zum máximo es del 400 %.
Icono de la barra Herramientas:
Imagen
Insertar celdas a la derecha
+ Inicio
Desplaza el cursor a la última celda que contiene datos.
Inicio
Mueve el cursor a la última celda que contiene valores de la fila actual.
Selecciona la fila actual o amplía la selección existente a todas las filas respectivas.
+Mayús+Espacio
+ Re Pág
En la previsualización de impresión: se desplaza a la página para imprimir anterior.
En la previsualización de impresión: se desplaza a la página para imprimir siguiente.
Muestra o esconde la formula en vez del valor en todas las celdas.
Abre el Asistente para funciones.
Abre la ventana Estilos, que permite aplicar un diseño de formato al contenido de la celda o a la hoja actual.
Optimiza la anchura de columna o la altura de fila según la celda actual.
Abrir el cuadro de diálogo Formato de celdas
Los atajos de teclado siguientes corresponden al cuadro de diálogo Disposición de tabla dinámica.
Selecciona el primer elemento del área actual del diálogo.
y el carácter subrayado en la etiqueta "Campos de columna"
Desplaza el campo actual a la última posición.
Quita el campo actual del área.
Este valor está fuera de los límites válidos para este formato
Error desconocido.
Sin código o sin resultado.
Por ejemplo, ={1+2}
VERDADERO (previamente era FALSO)
FALSO (B1)
=ESNUMERO(BUSCARV(1;A1:C1;3))
=ESBLANCO(B1)
VERDADERO (B1, previamente era FALSO)
FALSO (Microsoft Excel: VERDADERO)
Aplicación de formato automático en el intervalo de celdas seleccionado
Vaya a Insertar ▸ Imagen ▸ Desde archivo.
Seleccione la imagen y pulse en Abrir
Una celda
Celdas en un bloque de 2 × 2 o más
Configuración predeterminada
Línea gris
Línea blanca
En una hoja, pulse en una celda y escriba un número.
Usar una serie definida
Seleccione Protegida para impedir que se realicen cambios en el contenido y el formato de una celda.
Copiar solo celdas visibles
Copiar, eliminar, mover o dar formato a una selección de celdas visibles.
Mediante el icono Modo de arrastre del Navegador, indique si desea que la referencia sea un hiperenlace, un enlace o una copia.
Referencias a otras hojas
Referencia a una celda en el mismo documento
Si quiere aplicar una fórmula a todas las celdas de un área seleccionada, utilice el cuadro de diálogo Buscar y reemplazar.
Seleccione todas las celdas deseadas.
«.*» es una expresión regular que designa el contenido de la celda activa.
Paso 1: generar valores numéricos
Paso 3: calcular promedio
Pulse en Aceptar para cerrar el Asistente para funciones.
Para aplicar posteriormente el formato condicional a otras celdas:
Pulse sobre una de las celdas a las que haya asignado el formato condicional.
Seleccione las celdas y elija Formato ▸ Celdas.
Si el archivo CSV tiene otra extensión, selecciónelo y, a continuación, elija «Texto CSV» en el cuadro Filtro
(Opcional) Configure las opciones de campo para el archivo de texto CSV.
En el diálogo Exportación de texto, seleccione las opciones que prefiera.
Exportación de texto
Pulse en un intervalo de celdas.
Se muestran los registros que coinciden con las opciones de filtro especificadas.
Pulse en un intervalo de base de datos.
Si pulsa dos veces en uno de los campos del apartado Campos de datos, se abrirá el cuadro de diálogo Campo de datos.
También puede abrir la ventana emergente al posicionar el cursor de la celda en el botón y oprimir +D.
La tabla dinámica debe estar organizada de modo que se le pueda aplicar la agrupación.
Para eliminar una agrupación, pulse dentro del grupo y elija Datos ▸ Grupo y esquema ▸ Desagrupar.
Si activa la casilla Ignorar filas vacías, estas no se tendrán en cuenta para la creación de la tabla dinámica.
El archivo dBASE se abre como una nueva hoja de cálculo de Calc.
Pulse en Examinar.
Ubique el directorio que contiene el archivo dBASE y pulse en Aceptar.
Para guardar una hoja de cálculo como un archivo dBASE
Diríjase a Archivo ▸ Guardar como.
Proporcione en el cuadro Nombre de archivo un nombre para el archivo dBASE.
Para buscar fórmulas o valores
Puede especificar en el diálogo Buscar y reemplazar si desea buscar partes de una fórmula o el resultado de un cálculo.
Pulse en Más opciones para expandir el cuadro de diálogo.
Escriba el texto que quiere buscar en el cuadro de texto Buscar.
El Navegador es la herramienta principal para buscar y seleccionar objetos.
10 millones
Seleccione la celda que contenga la fórmula.
Introducir fórmulas
Muestra el resultado de la multiplicación de A1 y A2.
Muestra el contenido de la celda A1 redondeado un decimal.
=B8-SUMA(B10:B14)
Para guardar el documento actual de Calc en formato HTML, vaya a Archivo ▸ Guardar como.
Vaya a Editar ▸ Buscar y reemplazar
Marque Solo en la selección actual
Presione F6 hasta seleccionar la barra de herramientas Dibujo.
Seleccione un área rectangular
Seleccione el intervalo A1:A10, que contiene los primeros valores de la fórmula de suma.
Pulse en la celda B5 con el cursor en el campo Fórmulas.
Posicione el cursor en el campo Celda de entrada de columna y pulse en la celda B4.
Operaciones múltiples con columnas y filas
SSAA-MM-DDThh:mm:ss,s
Un gráfico dinámico es un gráfico cuyo intervalo y cuya serie de datos provienen de una tabla dinámica.
Siga este procedimiento para crear un gráfico dinámico:
Editar gráficos dinámicos
Modifique un gráfico dinámico de la misma manera en que lo haría con uno convencional.
Pulse en un gráfico para editar las propiedades del objeto:
Valores de datos del gráfico (para gráficos con sus propios datos).
Objetos e imágenes
Para seleccionar detalles proceda de la siguiente manera:
Pase a la hoja que desee imprimir.
Puede definir el intervalo de celdas de una hoja de cálculo que desea imprimir.
Para salir de la previsualización de los saltos de página, vaya a Ver ▸ Normal.
Quitar valores duplicados
Los nombres de las hojas pueden contener casi cualquier carácter. Sin embargo, se aplican algunas restricciones; los caracteres siguientes están prohibidos:
asterisco *
corchete izquierdo [
apóstrofo recto o mecanográfico ' como primer o último carácter en el nombre
Utilizar números redondeados
Seleccione todas las celdas cuyo formato de número desee modificar.
Diríjase a Formato ▸ Celdas y vaya a la pestaña Números.
Vaya a la página Calcular. Marque la casilla Precisión acorde a lo mostrado y salga del diálogo pulsando en Aceptar.
Modificar la altura de la fila o el ancho de la columna mediante diálogo
Es posible seleccionar los escenarios en el Navegador:
Pulse en el icono Escenarios del Navegador.
Pulse dos veces en el nombre de un escenario en el Navegador para aplicarlo a la hoja actual.
Esquema de subtotales
Pulse en la pestaña Posición de letra.
Si ahora pulsa en el botón Aceptar, las columnas y filas se intercambiarán.
Girar texto
Pulse en la pestaña Alineación.
Formato ▸ Celdas ▸ Alineación
Escribir texto en varias líneas
En Formato ▸ Celdas ▸ Alineación seleccione la opción Ajustar texto automáticamente y pulse en Aceptar.
Mediante el EID de Basic se pueden definir funciones propias, aun sin tener conocimientos avanzados de programación.
En el campo Macro desde, seleccione Mis macros ▸ Estándar ▸ Módulo1 y pulse en Editar.
Cierre el EID de Basic.
Puede definir las entradas que son válidas para cada celda. Las entradas no válidas en una celda se rechazarán.
Seleccione «Aviso» o «Información» para mostrar un cuadro de diálogo en el que poder aceptar o cancelar la entrada.
Caracteres especiales permitidos:
punto (.): permitido dentro de un nombre, pero como primer o último caracter
Si escribe el nombre en una fórmula, al escribir los primeros caracteres verá un letrero con el nombre completo.
Se admiten los comodines siguientes:
? (signo de interrogación)
~ (virgulilla)
Las funciones de hoja de cálculo siguientes admiten comodines:
Cómo trabajar con LibreOffice Calc
Menús, barras de herramientas y teclas en LibreOffice Calc
Guardar como
Muestra la vista normal de la hoja.
Mostrar fórmula
Muestra las bases de datos registradas en LibreOffice y le permite gestionar su contenido.
Inserta la hora actual en la celda.
Campo
Quita el formato directo de la selección.
Voltea horizontal o verticalmente el objeto seleccionado.
Opciones de corrección automática
Utilice la barra Herramientas para acceder a las órdenes utilizadas con mayor frecuencia.
Puede servirse de la barra de herramientas Buscar para localizar texto con rapidez en el contenido de los documentos de LibreOffice.
Barra Formato de texto
Tamaño de letra
Justificado
De izquierda a derecha
Estilo/relleno de área
Gira el objeto seleccionado.
Sitúa el objeto seleccionado delante del texto.
Interlineado: 1,5
Solo se puede acceder a estas órdenes tras activar la compatibilidad con lenguas asiáticas en ▸ Configuración de idioma ▸ Idiomas.
Cerrar previsualización
Modo gráfico
En la barra de herramientas Color puede editar algunas propiedades del objeto seleccionado.
Controles
Permite establecer las opciones de filtro.
Inicio
Utilice las hojas de cálculo para organizar, almacenar y filtrar datos.
Estructurar datos
En la barra Formato, pulse en
Datos del gráfico
Vaya a Formato ▸ Leyenda ▸ Posición (gráficos)
Vaya a Insertar ▸ Cuadrículas (gráficos)
Vaya a Insertar ▸ Barras de error X o Insertar ▸ Barras de error Y (gráficos)
Seleccione la pestaña Formato - Formato de selección - Series de datos - Opciones (Gráficos)
Vaya a Formato ▸ Eje (gráficos)
Vaya a Formato ▸ Eje ▸ Eje X/Eje X secundario/Eje Z/Todos los ejes (gráficos)
Vaya a Formato ▸ Eje ▸ Eje X ▸ pestaña Posición (gráficos)
Seleccione la pestaña Formato - Ejes - Eje Y - Posición (Gráficos)
Vaya a Formato ▸ Cuadrícula (gráficos)
Abra el cuadro de diálogo Formato ▸ Plano lateral ▸ Gráfico (gráficos)
Vaya a Formato ▸ Plano inferior (gráficos)
Vaya a Formato ▸ Tipo de gráfico (gráficos)
Pulse dos veces sobre un gráfico y, a continuación, vaya a Formato ▸ Intervalos de datos
Para cambiar datos del gráfico
Insertar o seleccionar un gráfico que no esté basado en celdas con datos existentes.
Escriba el subtítulo que desee dar al gráfico. Este aparecerá debajo del título que defina en el campo Título.
Posiciona la leyenda en la parte superior del gráfico.
Abajo
Mostrar valor como porcentaje
Abre un cuadro de diálogo para seleccionar el formato de porcentaje.
Muestra las etiquetas de texto de los puntos de datos.
Muestra el eje X como una línea con subdivisiones.
Muestra un eje Y secundario en el gráfico.
Valor constante
m = PENDIENTE(Dato_Y;Dato_X)
b = INTERSECCIÓN.EJE(Datos_Y ;Datos_X)
La ecuación de la regresión logarítmica
a = PENDIENTE(Datos_Y;LN(Datos_X))
En adición a m, b y r2, la función matricial ESTIMACION.LOGARITMICA proporciona estadísticas complementarias para un análisis de regresión.
La ecuación de regresión potencial
Para las curvas de regresión polinómica, se produce una transformación en un modelo lineal.
Eje Y secundario
Sentido horario
Cuadrículas principales
Flujo de texto
Ordenar
Controla la escala de los ejes X o Y.
LibreOffice ajusta automáticamente la escala de los ejes para que todos los valores se muestren de forma óptima.
Puede establecerse que la resolución muestre días, meses o años como medidas del intervalo
Especifica que las marcas se colocan en el lado interior del eje.
exterior
Menor:
Colocar marcas
Cuadrícula principal del eje Z
Disposición
Elegir un tipo de gráfico
Columna o Barra
Círculo
Fije opcionalmente la resolución. Un valor más alto conduce a una línea más suave.
Propiedades de línea escalonada
Defina las fuentes de luz para la vista 3D.
Gráfico de tipo Área
Barra
Seleccione el intervalo de datos.
Para organizar las series de datos, seleccionar una entrada de la lista.
Pulse en un elemento de la lista para ver y editar las propiedades de ese elemento.
Escriba o seleccione un intervalo de celdas que servirá como el texto de las categorías o las etiquetas de datos.
Insertar elementos de gráfico
Sírvase de la página Elementos de gráfico del Asistente para gráficos para insertar cualquiera de los elementos siguientes:
Gráficos basados en tablas de Calc o Writer
Mientras la sintaxis no sea correcta, LibreOffice muestra el texto en rojo.
Sus datos del gráfico cotizaciones están "en columnas", si la información en una fila pertenece al mismo "candle stick".
Organizar series de datos
Para eliminar una serie de datos, seleccione la serie de datos en la lista y pulse en Eliminar.
Seleccione una de las opciones de posición. Cuando el gráfico se finalice, puede especificar otras posiciones utilizando el menú Formato.
Solo líneas
Puntos y líneas
Esta variante muestra los puntos y las líneas simultáneamente.
Líneas suaves
Existen cuatro tipos de escalonado diferentes:
Comienza con una línea horizontal y termina verticalmente.
Escriba los títulos o pulse en los elementos que quiera que se muestren en el gráfico actual.
Escoja un tipo de gráfico básico: pulse en una de las opciones como Columna, Barras, Circular, etcétera.
Seleccione el intervalo de datos. Siga uno de estos procedimientos:
En la previsualización puede apreciar el aspecto final del gráfico.
Escala de texto
Atajos de teclado en gráficos
Resultado
Seleccionar el objeto siguiente.
flechas hacia arriba/abajo/izquierda/derecha en los gráficos de círculo
Tipo de gráfico
Abre el cuadro de diálogo Tipo de gráfico.
Tabla de datos del gráfico
Consultas
Para imprimir una consulta o una tabla:
Puede averiguar qué operadores y órdenes se pueden utilizar para crear las condiciones de función de una consulta.
¿Quiere realmente abrir la consulta en la vista gráfica?
Abrir la consulta en modo SQL
Desplazar tabla y modificar tamaño de tabla
Relaciones entre tablas
Definir la consulta
Nombre de la consulta o de la vista de tabla
Filtrar datos
Calcula la media aritmética de un campo.
Para utilizar estas funciones no enumeradas, las debe introducir manualmente en Campo.
Haga doble pulsación en el campo «Nombre_proveedor» en la tabla «Proveedores» y seleccione la función Agrupar.
La condición se cumple si…
sustitutivo (*) para un número indeterminado de caracteres
No es un elemento de
devuelve registros con contenidos de campo entre 10 y 20. (Los campos pueden ser tanto de texto como numéricos.)
devuelve registros que no contienen «Pérez».
Efectuar consultas en campos de texto
Fecha y hora
Entrada de parámetros
Las funciones de clasificación y filtro aparecen en la barra de herramientas al abrir un formulario en modo de usuario.
Use la orden Abrir para abrir el objeto seleccionado en una tarea nueva.
Esta orden abre la ventana Diseño de relaciones, que le permite definir relaciones entre varias tablas de la base de datos.
Escriba la contraseña nueva otra vez.
Esta función solo estará disponible si trabaja con una base de datos relacional.
Las opciones de actualización y eliminación solo estarán disponibles si la base de datos utilizada admite tales operaciones.
Predeterminar
Opciones de eliminación
Indique la cantidad de líneas que utilizar en el reconocimiento automático de tipos.
Muestra la ruta de acceso completa de la tabla de la base de datos.
Cambiar datos
Orígenes de datos en LibreOffice
Abrir un origen de datos
Configuración de controlador
Abre el cuadro de diálogo Índices, donde puede organizar los índices de la tabla en la base de datos dBASE actual.
Índices libres
Muestra el resultado de la orden SELECT de SQL en el cuadro Salida.
Ejecutar
Filtro de tabla
Permite especificar las opciones de los valores generados automáticamente para los registros de datos nuevos.
Ignorar información de campo monetario
Admite claves principales
Filas para analizar tipos de columnas
En la ventana de una base de datos, vaya a Editar ▸ Base de datos ▸ Propiedades y pulse en la pestaña Configuración adicional
Seleccione el formato del archivo de texto. La extensión seleccionada influye sobre algunas configuraciones predeterminadas de este cuadro de diálogo.
Ruta a los archivos de texto
Nombre del origen de datos ODBC en el sistema
Nombre de la base de datos
Seleccione una base de datos de la lista o pulse en Crear para iniciar una nueva.
Los pasos del Asistente para bases de datos dependen del tipo de operación y del tipo de base de datos.
Configuración de ODBC
Utilizados recientemente
URL de ejemplo
Digite el nombre de la base de datos MariaDB o MySQL. Pida el nombre correcto al personal administrativo de la base de datos.
URL de servidor
Introduzca la ruta al archivo de la base de datos.
Archivos de valores separados por comas (*.csv)
Pulse para acceder a archivos personalizados. Indique la extensión en el cuadro de texto.
Utilizar bases de datos en LibreOffice Base
Trabajo con formularios
Abre una ventana que permite editar la tabla, la consulta, el formulario o el informe que haya seleccionado.
Asistente para formularios
Inicia el asistente para formularios correspondiente a la tabla, la consulta o la vista seleccionada.
Asistente para informes
Abre el cuadro de diálogo Propiedades avanzadas.
Objetos de base de datos
Finalizar
Introduzca el valor de la condición de agrupación.
Añadir campos al informe
Pulse en el icono Añadir campo de la barra de herramientas.
Icono Añadir campo en la barra de herramientas.
Ejecute el informe.
Icono Informes
Vea la página del wiki sobre Base para obtener más ayuda con respecto a las funciones en un informe.
Puede abrir el cuadro de diálogo Números de página del Generador de informes seleccionando Insertar ▸ Números de página.
Presione Mayús + F1 y señale con el ratón un cuadro de entrada para ver un texto de ayuda para ese cuadro de entrada.
Especifica un campo de la tabla que se utilizará como clave principal.
Utilizar un campo existente como clave principal
Nombre de la tabla
Permite especificar el nombre de la tabla.
Seleccione el catálogo para la tabla. (Solo está disponible si la base de datos admite catálogos)
Esquema de la tabla
Elimina la consulta seleccionada.
Pulse con el botón secundario del ratón en la miniatura de la página y seleccione Cambiar nombre de página
Seleccione una profundidad de extrusión.
Combine dos o más cuadros de texto seleccionados en uno solo.
Eliminar la página actual.
Modificar capa
Escriba un nombre para la capa seleccionada.
Bloquea el contenido de la capa seleccionada de modo que no pueda editarse.
anterior
Cambiar nombre de página
Teclas de función en los documentos de dibujo
Abre el Diccionario de sinónimos.
Activar/desactivar edición de puntos.
Aplica zum para ajustar la selección actual a la pantalla.
Desagrupa los objetos seleccionados.
Traer adelante.
Enviar al fondo.
←, ↑, ↓ o →
+ ←, ↑, ↓ o →
Desplaza la visualización de la página en la dirección de la flecha.
Inserta un dibujo de tamaño predeterminado en el centro de la vista actual.
+ Intro
Selecciona el objeto que está detrás del objeto seleccionado actualmente.
Además serán válidas lascombinaciones de teclas generales de LibreOffice.
Organizar objetos
Pulse en el objeto cuya posición quiere cambiar.
La función Alineación permite alinear objetos según la relación entre ellos o con la página.
Defina colores personalizados y añádalos a la paleta de colores Personalizado.
Barra de colores
Cuando combine objetos aparecerán agujeros donde se superponen los objetos.
Combinar
En la siguiente ilustración verá a la izquierda las superficies de origen y a la derecha el resultado de la operación.
Formas ▸ Restar
Formas ▸ Intersecar
Los polígonos seleccionados se juntan en un solo polígono correspondiente a la intersección de los conjuntos de todas las superficies (Y lógico).
Vaya a Forma ▸ Disolvencia.
Edición. Disolvencia
El ejemplo siguiente crea una pila de monedas mediante copias múltiples de una única elipse.
Pulse sobre Aceptar y se crearán las copias.
Sustituir colores
Seleccione un degradado de la lista y pulse en Aceptar.
Uso de degradados y transparencia
Temporales: el grupo existirá mientras todos los objetos combinados estén seleccionados.
Seleccione los objetos que quiera agrupar y vaya a Forma ▸ Agrupar ▸ Agrupar.
Por ejemplo, puede agrupar todos los objetos del logotipo de una empresa para mover y redimensionar el conjunto como un único objeto.
Conectar líneas
Para crear un objeto cerrado, pulse con el botón secundario del ratón sobre una línea y seleccione Cerrar objeto.
Pulse F6 para ir a la barra Dibujo.
En el apartado Propiedades, desmarque la casilla Visible.
En el apartado Propiedades, seleccione la casilla Visible.
Seleccione una capa bloqueada y, a continuación, elija Formato ▸ Capa.
Editar texto
Girar objetos
Añadir texto
Se puede agregar texto a cualquier imagen si se pulsa dos veces en esta.
Seleccione el texto en el documento de Writer.
Menús, barras de herramientas y teclas en LibreOffice Draw
Establece las propiedades de visualización de los documentos de Draw.
Guardar remoto
Exporta la presentación o dibujo y define las opciones de exportación.
Barra Líneas y relleno
Barra de formato de texto
La barra Editar puntos aparece cuando selecciona un polígono y pulsa en Editar puntos.
Permite seleccionar objetos en el documento actual.
Diagramas de flujo
Convierte el objeto seleccionado en una curva de Bézier.
Transformaciones
Activa o desactiva los efectos 3D en los objetos seleccionados.
Modo rotación al pulsar sobre el objeto
Mostrar guías
Sale de todos los grupos y vuelve al modo normal.
Creación de objetos en 3D
Visualización de las dimensiones
Insertar punto/línea guía
Guardar imagen de fondo
Establecer imagen de fondo
Permite establecer una imagen como fondo de la .
Botones del cuadro de diálogo Opciones
Guarda las modificaciones realizadas en el cuadro de diálogo Opciones y lo cierra.
Glosario de términos de Internet
Marcos
Conversión de unidades de medida
Punto
Ir al comentario anterior.
Abrir archivo
Exportar directamente a PDF
El idioma se escribe con caracteres o signos compuestos de varias partes
En el borde de cualquier ventana que tenga una ventana acoplada hay un botón que permite mostrarla u ocultarla.
Cran
Órdenes de los menús
Permite activar y desactivar la presentación automática de una descripción breve de los menús e iconos.
Resolución
Más opciones
Opciones de campo
Los valores que sean mayores que la anchura de columna fija se exportan como la cadena de caracteres «###».
Punto y coma
Separa en columnas datos delimitados por espacios.
Combina delimitadores consecutivos y quita campos de datos vacíos.
Tipo
Los datos importados se tratan como un texto.
Se utilizarán dos caracteres para determinar el día, el mes y el año en el orden seleccionado.
Control sin el ratón
Para más información acerca de los filtros véase Información sobre los filtros de importación y exportación.
Opciones de filtro ASCII
Tipos de letra predeterminados
Menú Archivo
Vaya a Archivo ▸ Nuevo.
Vaya a Archivo ▸ Nuevo ▸ Etiquetas ▸ pestaña Formato.
Seleccione Archivo ▸ Nuevo ▸ Tarjetas de visita ▸ pestaña Formato.
Vaya a Archivo ▸ Asistentes ▸ Carta ▸ Nombre y ubicación.
Vaya a Archivo ▸ Asistentes ▸ Orden del día.
Vaya a Archivo ▸ Asistentes ▸ Orden del día ▸ Nombre y ubicación.
Pulse en Crear un informe mediante el asistente en la ventana de un archivo de base de datos.
Vaya a Archivo ▸ Propiedades.
Vaya a Archivo ▸ Propiedades ▸ pestaña Propiedades personalizadas.
Vaya a Archivo ▸ Propiedades ▸ pestaña Seguridad.
Vaya a Archivo ▸ Exportar a ▸ Exportar a PDF ▸ pestaña Enlaces.
Vaya a Ver ▸ Barra de colores.
Vaya a Insertar ▸ Hiperenlace.
Pulse en el icono Hiperenlace de la barra Estándar y, a continuación, en Correo.
Pulse en el icono Hiperenlace de la barra Estándar y, a continuación, en Documento.
Vaya a Insertar ▸ Multimedia ▸ Escanear.
Vaya a Insertar ▸ Carácter especial.
En la barra Estándar o Insertar, pulse en
Vaya a Insertar ▸ Objeto OLE.
Vaya a Herramientas ▸ Idioma ▸ Conversión de hangul/hanja. Se debe activar la compatibilidad con idiomas asiáticos.
Botón de selección de ruta en distintos asistentes.
Pulse en el botón Editar correspondiente a algunas entradas en ▸ LibreOffice ▸ Rutas.
Vaya a ▸ LibreOffice ▸ Tipos de letra.
Vaya a ▸ LibreOffice ▸ EID de Basic.
Vaya a ▸ Cargar/guardar ▸ Compatibilidad HTML.
Vaya a ▸ Configuración de idioma ▸ Idiomas.
Abra un documento de texto y vaya a ▸ LibreOffice Writer ▸ General.
Vaya a ▸ LibreOffice Writer/LibreOffice Calc/LibreOffice Writer/Web ▸ Retícula.
Vaya a ▸ LibreOffice Calc ▸ Imprimir.
Abra un documento HTML y vaya a ▸ LibreOffice Writer/Web.
Abra un libro y vaya a ▸ LibreOffice Calc ▸ Compatibilidad.
Abra un libro y vaya a ▸ LibreOffice Calc ▸ Valores predeterminados.
Abra una presentación y vaya a ▸ LibreOffice Impress/LibreOffice Draw ▸ Imprimir.
Abra un documento de Math y vaya a ▸ LibreOffice Math.
Vaya a ▸ Gráficos ▸ Colores predeterminados.
Vaya a Ayuda ▸ Acerca de LibreOffice.
Vista de formulario: icono Filtro estándar en la barra Formulario.
En la ventana de un archivo de base de datos, vaya a Herramientas ▸ SQL.
Ordenar
Vaya a Formato ▸ Carácter.
Vaya a Formato ▸ Carácter ▸ pestaña Tipo de letra.
Vaya a Formato ▸ Leyenda ▸ pestaña Carácter (documentos con gráficos).
Vaya a Formato ▸ Párrafo.
Elija Formato ▸ Párrafo ▸ pestaña Alineación.
Vaya a Formato ▸ Párrafo ▸ pestaña Tabuladores.
Vaya a Diapositiva ▸ Propiedades ▸ pestaña Página.
Vaya a Formato ▸ Página ▸ pestaña Pie.
Abra el menú contextual del objeto 3D y elija Efectos 3D ▸ pestaña Texturas.
Traer hacia adelante
Vaya a Formato ▸ Organizar ▸ Enviar al fondo (LibreOffice Writer, %[officename] Calc).
Pulse con el botón secundario del ratón en un objeto y elija Anclaje.
Abra el menú contextual y elija Estilo ▸ Sombra.
Abra el menú contextual y elija Estilo ▸ Superíndice.
Abra el menú contextual y elija Agrupar (para cuadros de texto y formas).
Inserta la imagen seleccionada en forma de enlace.
Con esta opción se borrará la imagen seleccionada tras responder positivamente a una pregunta de confirmación.
Abre un diálogo donde guardar las imágenes seleccionadas.
Muestra el nombre del tema. Si no tiene un nombre asignado, puede escribir un nombre nuevo en el cuadro de texto.
Vaya a Editar ▸ Objeto OLE.
Icono
Presentación
Crea un nuevo documento HTML.
Establece las opciones de formato del papel.
Documento nuevo
Imprime etiquetas en hojas separadas.
Distancia vertical
Muestra el ancho de la etiqueta o la tarjeta de presentación. Si define un formato personalizado, escriba aquí un valor.
Escriba el número de etiquetas o tarjetas de presentación que desee distribuir en el ancho de la página.
Toda la página
Imprime una única etiqueta o tarjeta de presentación en una página.
Escriba el número de etiquetas o tarjetas que desee en cada fila de la página.
Sincronizar etiquetas
Iniciales 2
Profesión
Empresa
LibreOffice utiliza el cuadro de diálogo de selección de archivos nativo del gestor de ventanas de su sistema operativo para la orden Abrir.
Escriba un nombre de archivo o una ruta de acceso a un archivo.
Tipo de archivo
Abrir documentos
Seleccionar ruta
Tras cerrar la última ventana de documento aparece el centro de bienvenida.
Vaya a Archivo ▸ Guardar una copia.
Crea otro archivo con el mismo contenido del archivo actual. El archivo actual permanece abierto para su edición.
Guarda el archivo.
Editar configuración de filtros
Permite establecer las opciones de guardar de la hoja de cálculo para algunos tipos de archivos de datos.
Permite asignar campos de información personalizada al documento.
Seguridad
Configura las opciones de contraseña del documento actual.
Tamaño
Muestra la fecha, la hora y el nombre del usuario de la última impresión del archivo.
Tiempo de edición total
Esta estadística no incluye aquellas tablas que se insertan como objetos OLE.
Abrir el archivo solo para lectura
Imprime todo el documento.
Modifica, para el documento actual, la configuración de la impresora del sistema operativo.
Versiones nuevas
Guardar versión nueva
Muestra la procedencia del contenido del portapapeles.
Escriba el texto que quiera encontrar o seleccione una búsqueda previa de la lista.
Escriba el texto de sustitución, o seleccione un texto o un estilo de sustitución reciente en la lista.
Búsquedas en japonés
Cualquier carácter
& o $0
Representa un espacio (pero no otros caracteres de espacios en blanco).
Representa un carácter que no se puede imprimir.
Por ejemplo, una búsqueda por similitud puede encontrar palabras que difieran del texto indicado en Buscar en dos caracteres.
Indique la cantidad máxima de caracteres que una palabra puede tener de más respecto a la cantidad de caracteres del término de búsqueda.
Seleccione los atributos que quiere buscar.
Busca caracteres con el atributo Intermitente.
Postura de letra
Busca los atributos Cursiva o Negrita y cursiva.
Busca el atributo Sangría (de izquierda, de derecha, primer renglón).
Palabras individuales
Mantener párrafos juntos
Interlineado
Tabuladores
Viudas
Encuentra funciones de formato de texto específicas, por ejemplo: tipos de letra, efectos tipográficos y características de flujo de texto.
Establece la sangría y las opciones de interlineado del párrafo.
Especifique opciones de separación de palabras y paginación.
Especifique la posición, escalado, rotación y espaciado para los caracteres.
Navegador para patrones de documento
Guardar contenidos
Bajar
Muestra la aplicación en la que se guardó por última vez el archivo de origen, si esta se conoce.
Modificar
Permite definir las propiedades del enlace seleccionado.
Ruta al archivo de origen. Las rutas relativas deben expresarse con URI completos, por ejemplo, con file://.
https://www.ejemplo.com
Insertar puntos
Controlar el Editor de mapa de imágenes con el teclado
Filtros
Defina los criterios para filtrar la lista de cambios en la pestaña Lista.
Rechaza todos los cambios y elimina las marcas del documento.
Inserta la fecha y la hora actuales en los cuadros correspondientes.
Encontrar y filtrar registros
Seleccione el origen de datos de la base de datos bibliográfica.
Una página
Modo Libro
Abre un cuadro de diálogo donde puede añadir, editar y quitar iconos.
Solicitar
Cuando pulse en un carácter del cuadro de diálogo Caracteres especiales, se mostrará una previsualización de este, así como su código numérico.
Crear de archivo
Desactivar numeración y viñetas para párrafos individuales
Escriba el nombre de un tipo de letra instalado que quiera usar, o seleccione uno de la lista.
Para salir del modo de balde de pintura, pulse una vez con el ratón u oprima la tecla Esc.
Aplica el efecto seleccionado solo a las palabras e ignora los espacios.
Seleccione una categoría de la lista y, a continuación, seleccione un estilo de formato en el cuadro Formato.
Especifique las opciones del formato seleccionado.
Con el formato científico, la notación ingenieril garantiza que el exponente sea un múltiplo de 3.
Añade un comentario al formato numérico seleccionado.
Comentario
Cuadro destino
Asignar macro
Super/subíndice en
Especifique el espacio entre los caracteres individuales.
Especifique los caracteres que deben flanquear el área de renglón doble.
Aplicar espaciado entre texto asiático y no asiático
Interlineado 1
Seleccione el tipo de marca de tabulación que desee modificar.
Centro
Alinea el centro del texto con la marca de tabulación.
Alineación
Pulse en un estilo de sombra para los bordes seleccionados.
Seleccione un color para la sombra.
Centra el contenido del párrafo en la página.
Ajustar a cuadrícula (si activada)
Devuelve el gráfico seleccionado a su tamaño original.
No se puede cambiar la clase de un estilo predefinido.
Muestra e imprime el documento actual con el papel orientado horizontalmente.
Escriba el espacio que desee dejar entre el borde superior de la página y el documento de texto.
Mismo contenido en la primera página
Texto base
Seleccione dónde desea situar el texto ágata.
Los objetos se alinean respecto el borde izquierdo del objeto situado más a la izquierda de la selección.
Alinea el párrafo o párrafos s seleccionados con el margen derecho de la página.
Reduce el tamaño de letra del texto seleccionado y sitúa este por debajo de la línea de base.
Subrayado doble
Indique el espacio que debe dejarse entre los renglones de un párrafo.
Los nombres de las imágenes, los objetos OLE y los marcos que existan en un mismo documento deben ser unívocos.
Estilos de línea
Edite o cree estilos de flecha.
Defina las opciones de los símbolos de los puntos de datos del gráfico.
Estilos de flecha
Seleccione el estilo de los extremos de la línea. Los extremos se añadirán también a los trazos interiores.
Especifique las veces que un punto o trazo debe aparecer en una secuencia.
Ajustar al ancho de la línea
Muestra el nombre del estilo de flecha seleccionado.
Cargar estilos de flecha
Importa una lista de estilos de flecha.
Muestra los colores seleccionados recientemente.
Paleta personalizada
Degradados
Agrega un degradado personalizado a la tabla actual. Especifique las propiedades del degradado y pulse en este botón
Utilice las opciones para definir o modificar un degradado.
Defina o modifique una trama.
Escriba la cantidad de espacio que desee dejar entre las líneas de la trama.
Seleccione el color de las líneas de trama.
Las imágenes importadas se guardan en su perfil de usuario y pueden reutilizarse en otros documentos.
Aplica un degradado de transparencia al color de relleno actual. Seleccione esta opción y luego configure las propiedades del degradado.
Enumera los motivos disponibles. También es posible modificarlos y crear nuevos.
Adapta el flujo de texto de forma que se corresponda con los contornos del objeto de dibujo seleccionado.
Cambia el tamaño de una forma personalizada para ajustar el texto que se añade después de pulsar dos veces en la forma.
Anclaje de texto
Eje de giro
Configuración predeterminada
Especifique el número de grados que desea girar el objeto seleccionado o pulse en la cuadrícula de rotación.
Radio de ángulo
Extensión
Horizontalmente
Más adelante
El símbolo de ancla se muestra en el margen izquierdo de la página, al inicio del párrafo.
Ancla el elemento seleccionado en una celda. El icono del ancla se muestra en la esquina superior izquierda de la celda.
Muestra u oculta la línea de base del texto o los bordes del objeto seleccionado.
Distancia horizontal
Especifique la distancia vertical entre los caracteres del texto y la sombra.
Distancia Y
Color de sombra
Introducir grupo
Efectos de animación de texto
Desplaza el texto de abajo arriba.
Hacia abajo
Texto visible al iniciar
Cuando se aplica el efecto, el texto es visible dentro del objeto de dibujo.
Continuo
Especifica el tiempo de espera antes de repetir el efecto.
Cuadro Automático
Indique el tiempo de retardo antes de repetir el efecto.
Tema
El cuarto color personalizado.
Introduzca la altura de fila que desea utilizar.
Explorador de orígenes de datos
En la tabla siguiente se describe la forma de seleccionar elementos individuales en el navegador del origen de datos:
Registro
Pulse en la cabecera de la columna
Pulse en la cabecera de fila de los títulos de columna
Utilice la barra Datos de tabla para controlar la vista de datos.
Ir al registro siguiente de la tabla.
Representación
Puede cambiar el número de segmentos utilizados para dibujar un cuerpo de giro 3D.
Plano
Representa una superficie 3D suave.
Iluminación en dos lados
Activar/desactivar sombra tridimensional
Ángulo de superficie
Fuente de luz
Seleccione un color para la fuente de luz actual.
Luz ambiental
Muestra una previsualización de los cambios en las fuentes de luz.
Proyección X
Paralelo
Ajusta automáticamente la textura según la forma y el tamaño del objeto.
Filtrar
Filtra una parte del 'ruido' que se produce al aplicar una textura a un objeto en 3D.
Desenfoca ligeramente la textura para eliminar manchas no deseadas.
Seleccione el color que reflejará el objeto.
Los objetos se distribuyen con respecto a los objetos más exteriores de la selección.
Ignorar regla
Sugerencias
Pulse para deshacer el último cambio de la frase actual. Vuelva a pulsar para deshacer el cambio anterior en la misma frase.
Sinónimos
Enumera los diccionarios de usuario disponibles. Marque aquellos que quiera utilizar para comprobar la ortografía y dividir las palabras a final de renglón.
Asigna un idioma nuevo al diccionario personalizado actual.
Revisar ortografía mientras se escribe
Separar sin preguntar
Separar áreas especiales
Agrega el término al diccionario de traducción. Si el término ya está incluido en el diccionario, el nuevo término tiene prioridad.
Palabra actual
Lista los colores de origen y los de reemplazo.
Color original
A-B (sin cambios)
La secuencia de caracteres comodín .* puede encontrar cualquier carácter antes o después de la cadena de reemplazo. Por ejemplo:
Agrega la entrada actual a la lista de excepciones.
<Sugerencia de corrección>
Pestaña Personalizar (diálogo Numeración y viñetas)
Numeración
Cifras arábigas
i, ii, iii…
Números cardinales
Restablece los valores de sangría y espaciado predeterminados.
Selector de macros en Basic
Para ejecutar una secuencia de órdenes, seleccione una de la lista y pulse en Ejecutar.
Abre un cuadro de diálogo mediante el cual organizar secuencias de órdenes en Java.
Abre el editor y crea un cuadro de diálogo nuevo.
Seleccione la aplicación o el documento que contiene las bibliotecas de macros que quiere organizar.
Nombre de archivo:
También se pueden guardar y cargar parámetros de configuración personalizados para menús, combinaciones de teclas y barras de herramientas.
Ámbito
Destino
Pulse en el icono del engrane y, a continuación, seleccione Añadir para agregar un menú nuevo.
Pulse en el icono del engrane y, a continuación, seleccione Eliminar para borrar el menú.
Órdenes asignadas
Desplaza la entrada de menú seleccionada a una posición superior o inferior del menú cuando pulsa en los botones de flecha.
Combinación de teclas
Muestra los atajos de teclado comunes a todas las aplicaciones de LibreOffice.
Asigna la combinación de teclas seleccionada en la lista Atajos de teclado a la orden seleccionada en la lista Función.
Cargar
Sustituye la configuración de atajos de teclado con la que se guardó previamente.
Muestra los resultados de la combinación del término de búsqueda y la categoría de la función deseada.
Lenguaje de hojas de estilo ampliable (XSL)
Muestra un diálogo Guardar como para guardar el archivo seleccionado como un paquete de filtros XSLT (*.jar).
Filtro XML
Tipo de documento
Si es un filtro de exportación escriba el nombre del archivo de la hoja de estilos XSLT que desee usar para exportar.
Prueba las hojas de estilo XSLT que el filtro XML seleccionado ha utilizado.
Muestra el nombre de archivo del filtro XSLT que se ha escrito en la pestaña Transformación.
Archivo reciente
El segmento en hanja se mostrará como texto ágata encima del segmento en hangul.
El segmento en hanja se mostrará como texto ágata debajo del segmento en hangul.
No se harán cambios en la selección actual. La palabra o el carácter siguiente se seleccionará para la conversión.
Ignorar siempre
Reemplazar por carácter
Ignorar palabra de posición posterior
Editar diccionario personalizado
Propiedad de ODF
<META NAME="DESCRIPCIÓN" CONTENT=Field Content">
Scripts, comentarios y etiquetas META que se colocan directamente antes de una etiqueta TABLE se insertan en la primera celda de la tabla.
El firmante puede añadir comentarios
Marque esta casilla para que se muestre la fecha de la firma en el momento en que se firma digitalmente el documento.
Instrucciones para el firmante
Vaya a Ver ▸ Barras de herramientas ▸ Clasificación TSCP
Usar firma con conformidad AdES cuando exista la opción
El diálogo de Actualización de extensiones puede contener entradas no seleccionables y por tanto no se puede realizar ninguna actualización automática.
Si las dependencias no se cumplen (la actualización necesita más archivos o versiones más recientes que instalar).
Espacio indivisible
Unión de palabras
Marca de derecha a izquierda
Archivos encontrados
Agrega los archivos seleccionados al tema actual.
Muestra u oculta una vista preliminar del archivo seleccionado.
Seleccione la densidad de píxeles (punto por pulgada, ppp) de la imagen en la lista desplegable.
Calcular tamaño nuevo
Reproduce el archivo repetidamente.
Se muestra la barra de herramientas Reproducción multimedia.
Lista de formatos predeterminados en Windows DirectShow (en inglés).
Nombre nuevo
Elija Ayuda ▸ Buscar actualizaciones para comprobar manualmente.
Puede activar o desactivar la actualización automática en ▸ LibreOffice ▸ Actualización en línea.
Cancelar esta verificación de actualizaciones por ahora.
Inicia la actualización por Internet
Bibliotecas de diálogos de LibreOffice
Para instalar una extensión del usuario actual
Incluidas con LibreOffice
Escriba una contraseña. La contraseña distingue entre mayúsculas y minúsculas.
Confirmar contraseña maestra
Vuelva a escribir la contraseña maestra.
Restaurar desde copia de respaldo
Incrustación de tipos de letra
Indique el autor de la publicación.
Seleccione el renglón del certificado que se utilizará para firmar digitalmente el PDF exportado y, a continuación, pulse en Aceptar.
Compresión JPEG
Accesibilidad universal (PDF/UA)
Permitir nombres de campos duplicados
Esquema y página
Miniaturas y página
Impresión
Resolución baja (150 ppp)
El documento puede imprimirse en resolución alta.
Se permiten todas las modificaciones, excepto la extracción de las páginas.
Opciones de interfaz de usuario
Seleccione esta opción para ocultar la barra de menús del lector cuando el documento esté activo.
Ocultar controles de ventana
Contraer esquemas
Mostrar todo
Desactivar macros
No permite que se ejecute ninguna macro en el documento.
Modelos
Cambia el nombre del modelo XForm seleccionado.
Enumera los elementos que pertenecen al ejemplar actual.
Enumera los vínculos del XForm.
Instancias
Configura la visualización para mostrar una cantidad de detalles especificada.
Espacios de nombre
Especifica el número máximo total de dígitos que los valores del tipo de datos decimal pueden tener.
Dígitos (fracción)
Longitud (mínima)
Especifica el número de caracteres máximo de una cadena.
Para modificar de forma interactiva los puntos de un polígono, active el modo Editar puntos.
Texto vertical
Consejos para trabajar con la barra Dibujo.
Icono en la barra de herramientas Insertar (quizás sea necesario activar la visibilidad de este icono):
Modificar un control
Abre la barra de herramientas Diseño de formularios.
Instrucciones específicas para campos de fecha.
Crea una barra de navegación.
Crea una barra de desplazamiento.
Valor de desplazamiento máx.
Cambio grande
El control seleccionado se transforma en un cuadro de lista.
Campo de opción
El control seleccionado se transforma en un botón de opción.
Oculta la columna seleccionada. Sus propiedades no se modifican.
El documento de formulario debe estar en el modo de diseño.
Añade un renglón nuevo.
Sitúa el cursor en el renglón siguiente.
Guarda el registro actual, si es necesario.
Actualizar formulario
Alineación / Alineación de gráficos
Fecha mín.
Define el valor predeterminado de la barra de desplazamiento.
Tamaño de iconos
PosiciónX
Especifica el color de los símbolos en los controles, por ejemplo, las flechas de una barra de desplazamiento.
También puede definir los índices de diferentes controles en el cuadro de diálogo Orden de tabulación.
Se puede seleccionar el control con la tecla Tab.
Las líneas de texto acaban con
Hora máx.
La propiedad «Estado triple» se define únicamente para los formularios de base de datos, no para los HTML.
Valor máx.
Antes de restablecer
Especifica un nombre para el formulario. Este nombre se utiliza para identificar el formulario en el Navegador de formularios.
Permite especificar el URL al que se van a transmitir los datos del formulario completado.
Especifica el método para transferir la información de un formulario completado.
La hora se transmite siempre con el mismo formato (HH:MM:SS), independientemente de la configuración local del usuario.
Antes de la acción del registro de datos
Tipo de contenido
Todos los registros de datos
Pongamos un ejemplo:
Agregar Campo
Si abre el menú contextual de una entrada seleccionada, el Navegador de formularios ofrece estas funciones:
Elimina la entrada seleccionada. Esta opción permite eliminar componentes individuales del formulario y formularios enteros con una pulsación del ratón.
en lugar de mediante el
Asistente para elementos de tablas: Selección de campo
Especifica la tabla que se necesita.
En las Propiedades del control se muestra la tabla indicada, como parte de una orden SQL en el cuadro Contenido de lista.
Icono Color de resalte de caracteres
Aplicar resalte
Guardar registro
Correo
Aplica los datos al documento.
Crea un enlace «ftp://».
Especifica si el hiperenlace se inserta como texto o como botón.
Especifica el texto visible o la leyenda del botón del hiperenlace.
Especifica un destino para el hiperenlace en el documento definido en Ruta.
Destino en el documento
Especifica el URL, que resulta del contenido de Ruta y Objetivo.
En el explorador de orígenes de datos verá los orígenes de datos registrados en LibreOffice, con sus consultas y tablas.
Reconstruir: Recompone la vista de la tabla de base de datos. Emplee esta orden cuando haya cambiado la estructura de la tabla.
Quita todos los campos de base de datos del cuadro de lista Columnas de tabla.
Insertar título de tabla
Datos a campos
Para los argumentos siguientes, puede elegir entre los operadores lógicos «Y» y «O».
Los siguientes operadores de comparación pueden seleccionarse en Condición dentro del diálogo de Filtro estándar dialog.
Mayor que o igual a (> =)
Todos los campos
Se encuentran todos los campos en los que el término de búsqueda corresponde exactamente al contenido del campo.
Si está activada la casilla Expresión comodín, significa que la acción no está disponible.
en el formulario a través de las propiedades del control.
Especifica que se debe distinguir entre mayúsculas y minúsculas durante la búsqueda.
"?loppy" encuentra "Floppy"
para ningún carácter o cualquier número de caracteres.
Si un documento contiene varios formularios lógicos, la tabla solo puede mostrar uno a la vez.
Este símbolo situado a la derecha de la regla indica la sangría derecha del párrafo actual.
Procedimiento
Borra la consulta y quita todas las tablas de la ventana de diseño.
Activar/desactivar revisión ortográfica automática
SOBRE
Mantenga presionada la tecla Alt para activar de manera temporal el modo de selección por bloques.
Suavizado
Dar nitidez
Aumenta la nitidez de una imagen aplicando un filtro de alta frecuencia.
Envejecimiento
Realza, o agudiza, los bordes del objeto.
Combinaciones de teclas generales en LibreOffice
Introducir caracteres Unicode
Control de diálogos con combinaciones de teclas
Utilice para seleccionar todo el texto. Utilice ← o → para cancelar la selección.
Interrumpir macros
Abre un documento.
+ F
Vuelve a dibujar la vista del documento.
Muestra un globo de información ampliada para la orden, el símbolo o el control que seleccione.
Coloca el foco en la subventana anterior.
+ Tab
Pega texto sin formato desde el portapapeles. El texto se pegará con el formato que exista en el punto de inserción.
+ B
+ U
Abre el cuadro de diálogo Propiedades.
Selecciona la columna actual.
Selecciona el último objeto de dibujo.
Desplaza el objeto de dibujo seleccionado un píxel (en el modo de selección).
+ flecha abajo
Cierra el campo combinado
+ ↑, ↓, ← o →
En el modo Editar punto, salta a la siguiente agarradera.
Obtener asistencia
Para obtener un resumen de los servicios de asistencia disponibles, consulte el archivo Léame que se encuentra en la carpeta de LibreOffice.
Páginas de asistencia en el idioma local
Puede descargar la versión más reciente de LibreOffice en es.libreoffice.org/descarga.
Descripciones emergentes ampliadas
Use el icono Añadir a marcadores para definir un marcador para la página mostrada actualmente en la Ayuda.
Cambiar nombre: abre un cuadro de diálogo para introducir otro nombre para el marcador.
El contenido de ayuda de LibreOffice se muestra en el navegador web predeterminado del sistema.
Navegación por las páginas de la ayuda
Páginas web
Se ha llevado a cabo una corrección automática (sustitución)
Se han sustituido unas comillas simples
El texto se ha corregido mediante la corrección automática. Se ha identificado un URL y ahora se mostrará como hiperenlace.
Se han ignorado dos espacios consecutivos
Convertir ordinales en voladas
Orden del día
Inicia el asistente para una plantilla de carta. Puede valerse de esta plantilla tanto para correspondencia comercial como personal.
Diseño de página
Especifique los elementos que ya figuran en el papel membretado
Incluye marcas de pliegues en la plantilla de la carta.
Especifica la calle de la dirección del remitente.
Números de página
Define los elementos del fax que se deben imprimir.
Asistente para faxes: pie de página
Asistente para faxes: nombre y ubicación
Crea una plantilla para un fax profesional.
Incluye un campo de fecha.
Incluye un saludo. Seleccione el saludo del cuadro de lista.
Incluye un pie de página.
Ir a Asistente para faxes. Remitente y destinatario
Introduzca los datos de la dirección del remitente.
Incluir número de página
Crea y guarda la plantilla para fax; a continuación, abre la plantilla para editarla.
Determina los temas que se añadirán a la plantilla del orden del día.
Diseño de la página
Incluir formulario para grabar minutos
Especifica el título de la reunión.
Especifica el lugar de la reunión.
Especifica si se imprimirá la línea Documentación necesaria.
Reunión convocada por
Especifica si se imprimirá una línea en la que puede indicar la persona que ha convocado la reunión.
Especifica el nombre de la plantilla para del orden del día.
Crear un orden del día a partir de esta plantilla
Hacer modificaciones manuales en esta plantilla
Vaya al Asistente para órdenes del día
Activa el asistente para crear formularios.
Asistente para formularios: selección de campos
Especifica el modo de manejo de datos para el nuevo formulario.
Especifica el estilo del formulario.
Subformulario basado en relación existente
Subformulario basado en selección manual de campos
Especifica la tabla o la consulta para la que se va a crear el subformulario.
Cuarto campo de formulario principal combinado
En columnas - Etiquetas a la izquierda
En columnas - Etiquetas arriba
Organiza las etiquetas encima de los datos correspondientes.
Alinea los campos de la base de datos a lo largo de la columna con las etiquetas a la izquierda de los campos.
Alinea los campos de la base de datos a lo largo de la columna con las etiquetas encima del campo.
Crea un formulario que solo se puede utilizar para introducir datos nuevos.
El formulario mostrará todos los datos
Especifica que los bordes del campo sean planos.
Asistente para formularios. Establecer nombre
Modificar el formulario
Lista de campos
Clasifica el contenido del campo en orden descendente.
Define un conjunto de estilos para el informe. Los estilos asignan tipos de letra, sangrías, fondos de tabla, etcétera.
Exportación de HTML
Especifica el tipo de imágenes y la resolución de pantalla de destino.
Tipo de publicación
Crea páginas HTML estándar a partir de páginas exportadas.
Como se indica en el documento
Define el tiempo que se debe mostrar cada diapositiva.
Especifica el URL (absoluto o relativo) que el usuario debe especificar para ver la presentación.
La exportación
No use el mismo directorio para dos exportaciones HTML diferentes.
Active Perl en el área de opciones para WebCast que verá a continuación.
Los archivos se exportan como PNG. Los archivos PNG se comprimen sin pérdida de datos y pueden contener más de 256 colores.
Resolución baja (640 × 480 píxeles)
Resolución alta (1024 × 768 píxeles)
Seleccione una resolución alta para una presentación de alta calidad.
Especifica que se exporten los archivos de sonido definidos como efectos de transición de las páginas.
Especifica la página principal. En la publicación se insertará un hiperenlace.
Elegir estilo de botones
Utilizar combinación de colores personalizada
Abre el cuadro de diálogo Color para seleccionar el color de los enlaces activos en la presentación.
¿Desea guardar el valor en un campo de base de datos?
El Asistente para conversión de documentos contiene las páginas siguientes:
Documentos de Word
Documentos de Excel
Crear archivo de registro
Incluidos subdirectorios
Indica que también se buscarán archivos que cumplan las condiciones en los subdirectorios del directorio seleccionado.
Abre un cuadro de diálogo que permite seleccionar la ruta deseada.
Directorio total
Directorio de destino
Permite especificar la ruta de acceso y la carpeta donde deberán guardarse los archivos convertidos.
El cuadro de diálogo Conversor de euros contiene las funciones siguientes:
Se convierten todas las celdas con los estilos seleccionados.
Celdas monetarias en hoja activa
Intervalo seleccionado
Plantillas/intervalos monetarios
Asignación de campo
Introduzca el texto que deberá buscarse en el documento. Presione Intro para efectuar la búsqueda.
Traslada el cursor y selecciona la coincidencia anterior del texto de la búsqueda.
Traslada el cursor y selecciona la siguiente coincidencia del texto de la búsqueda.
Abre el cuadro de diálogo Buscar y reemplazar, que brinda más opciones para efectuar búsquedas en el documento.
Las funciones de accesibilidad siguientes son parte de LibreOffice:
Legibilidad mejorada del contenido de las pantallas
Para activar y desactivar las descripciones ampliadas:
Para activar las descripciones ampliadas temporalmente:
Cierre LibreOffice y el Inicio rápido.
En la lista Aplicaciones y características, pulse en LibreOffice y, a continuación, en Modificar.
Edite la copia del documento.
El software de ampliación para la pantalla permite a los usuarios con problemas de visión trabajar en LibreOffice siguiendo el cursor y el enfoque.
Desactivar reconocimiento de URL
Para acoplar una ventana efectúe uno de estos procedimientos:
Fondos en hojas de cálculo
Definir bordes para los párrafos
Pulse en uno de los estilos de bordes predefinidos.
Elija la distancia que debe haber entre las líneas de los bordes y el contenido de la página en el apartado Separación.
Seleccione la pestaña Descripción.
Escriba el nuevo título en el cuadro Título y pulse Aceptar.
Estos gráficos son instantáneas de los datos al momento de copiarlos. No cambian cuando el origen de datos cambia.
Gráfico en un documento de texto de Writer
Pulse dentro de la tabla de Writer.
En Writer, Draw o Impress, vaya a Insertar ▸ Gráfico para insertar un gráfico basado en datos predeterminados.
A continuación se enumeran las categorías BAF que LibreOffice incluye de manera predeterminada.
Propiedad intelectual
Establecer una conexión con un servicio de archivos remotos
Raíz: escriba la ruta al URL raíz de su cuenta.
Puerto: número de puerto (por lo general 21 para FTP y 22 para SSH).
Repositorio: seleccione el repositorio de archivos de la lista desplegable.
Para abrir un archivo de un servicio remoto
Las funcionalidades de protección y desprotección controlan las actualizaciones a los documentos y evitan sobrescrituras accidentales en un servicio CMIS remoto.
En el cuadro de lista Filtro, seleccione el formato deseado.
Crear un libro nuevo
El documento es una hoja de cálculo en modo compartido.
Si los cambios no crean conflicto, el documento se guardará.
LibreOffice se puede personalizar para adecuarlo a sus necesidades.
Es posible modificar los atajos de teclado.
Inserte el objeto de dibujo, por ejemplo, por medio de + V.
Copia de texto mediante arrastrar y colocar
Ignorar campo (no importar)
ISO-8859-8 (hebreo)
ISO-8859-14 (occidental)
Windows-1258 (vietnamita)
Windows-932 (japonés)
Windows-950 (chino tradicional)
GBT-12345 (chino tradicional)
BIG5 (chino tradicional)
EUC-JP (japonés)
En la actualidad LibreOffice admite el hindi, el tailandés, el hebreo y el árabe como idiomas CTL.
Importar datos en Base
Abra un archivo de Base del tipo de base de datos que desee.
Seleccione los datos que quiera copiar en Base.
Pulse en Usar el asistente para crear una consulta.
Pulse en Crear una consulta en vista de diseño.
La siguiente lista le proporciona información para decidir qué método usar para sus datos:
Iniciado por la orden «Crear informe en vista de diseño».
Use una plantilla de Writer para generar un informe.
Pulse en el icono Aplicar filtro de la barra de herramientas Navegación de formulario para cambiar a la vista filtrada.
Abra el archivo de base de datos en el que desee crear la vista de tabla.
Hay dos métodos diferentes para ver una base de datos en LibreOffice.
Introducción de datos o edición de formulario
Certificados
Abrir un documento firmado
Abrir un documento mediante WebDAV a través de HTTPS
Ver certificado: Abre el cuadro de diálogo Ver certificado.
Acerca de las firmas digitales
Para guardar la información de recuperación automáticamente cada n minutos
Pulse en el icono Guardar o presione la combinación de teclas + G.
Extensiones automáticas al nombre de archivo
Seleccione este tipo de archivo
mi archivo.odt
Si desea invertir una acción de arrastrar y colocar, sitúe el cursor en el documento y seleccione Editar ▸ Deshacer.
Copiar elementos gráficos de la Galería
Añadir elementos a la Galería
Mantenga oprimido el botón del ratón y espere a que el objeto se copie en la memoria interna.
Para editarlo, pulse dos veces sobre el objeto OLE.
Es posible enviar el documento actual de LibreOffice como un archivo adjunto de correo electrónico.
Seleccione la categoría «Documentos» y, a continuación, elija la orden «Enviar fax predeterminado».
Se pueden buscar los atributos de documentos de texto en el diálogo Buscar y reemplazar.
Cuando se activa la omnibarra, las barras de herramientas se ocultan de manera predeterminada.
Para crear un objeto Fontwork
Pulse Esc para salir del modo de edición de texto.
Forma de Fontwork: edita la forma
El puntero del ratón adopta el aspecto de una cruz.
Arrastre en el documento para dibujar el botón.
Especifique las propiedades del botón.
Se abre el diálogo Propiedades del formulario.
Seleccione un tema.
Para seleccionar un objeto, pulse una vez en él.
Para entrar un grupo
Para salir de un grupo
En los documentos de Writer puede pulsar en cualquier parte de un hiperenlace y editar el texto visible.
En el cuadro de diálogo, seleccione los atributos nuevos y pulse en Aceptar.
Guarde el documento en formato LibreOffice o HTML.
Seleccionar el archivo. En el cuadro Tipo de archivo puede restringir la selección a ciertos tipos de archivos.
Pulse en la casilla Enlazar si quiere un enlace al archivo original.
Para incrustar imágenes que se insertaron inicialmente como enlaces vaya a Editar ▸ Enlaces y pulse en el botón Desenlazar.
Guardar mapas de bits
Para exportar un mapa de bits en Draw o Impress:
En el campo Formato de archivo seleccione el formato de archivo que desee, como, por ejemplo, GIF o JPEG.
cada ventana libre de izquierda a derecha,
Pulse F10 para conmutar a la barra de menú y viceversa.
Se abre un menú del sistema con órdenes de menú como Desplazar, Modificar tamaño y Cerrar.
Usar la tecla y las teclas de cursor para mover el objeto seleccionado en un pixel.
Editar el ancla de los objetos
Controlar el editor de imágenes interactivas
Use el símbolo Editar puntos para conmutar entre el modo de edición de puntos para polígonos y viceversa.
En la pestaña Etiquetas y en el apartado Inscripción seleccione el texto de las etiquetas.
Pulse en Documento nuevo.
Seleccione el Idioma y pulse en Aceptar.
Todos los párrafos cuyo formato sea el del estilo de párrafo actual tendrán el idioma seleccionado.
Abra la ventana Estilos y pulse en el icono Estilos de carácter.
Pulse en el nombre del estilo del carácter al que desee aplicar un idioma distinto.
En LibreOffice, seleccione Herramientas ▸ Gestor de extensiones y pulse en Añadir para instalar las extensiones descargadas.
Elija Formato ▸ Línea y pulse en la pestaña Estilos de línea.
Parámetros de filtros de Lotus, dBase y Diff
Si desea cancelar la grabación sin guardar una macro, pulse el botón Cerrar del diálogo Grabar macro.
Asigne un nombre a la macro nueva en el cuadro de texto Nombre de macro. Como nombre no utilice palabras clave de Basic.
No se graban los cambios de ventana.
Trabajar con los nombres de las plantillas
Seleccionar unidades de medida
Líneas y saltos de página
Validación
Libros compartidos
Tabulación, línea y espacio del párrafo
Algunas funciones/formulas (ver debajo)
Weak Encryption (XOR ) de versiones de Word anteriores
LibreOffice puede abrir y guardar documentos en los formatos de Microsoft Office, entre ellos los formatos de Microsoft Office Open XML.
En el cuadro Tipo de archivo, seleccione un formato de archivo de Microsoft Office.
Macros en Microsoft Office y LibreOffice
Puede eliminar las macros VBA del archivo de Microsoft Office al cargar o guardar.
Pulse dos veces sobre el objeto en el Navegador y el cursor se colocará donde se encuentre el objeto en el documento.
En Linux, normalmente ya instaladas:
Escoja la clave pública del destinatario. Puede seleccionar varias a la vez.
Abra un documento. Aparecerá un cuadro de solicitud de contraseña.
Ambas opciones abordan la confidencialidad, mas de maneras distintas.
Aquellos archivos que se hayan cifrado con la contraseña de guardado no podrán descifrarse a menos que proporcione esta contraseña.
Copia todos los atributos de formato. En Impress y Draw, también se copia el contenido de texto del objeto.
Se seleccionan celdas o una tabla de Calc
Pulse en la flecha que hay junto al icono Pegar en la barra Estándar para abrir el menú.
Seleccione la opción de imprimir en blanco y negro. Para obtener más información, consulte el manual de usuario de su impresora.
El documento actual se imprimirá en blanco y negro.
Todos los documentos de texto o HTML se imprimirán con el texto en negro.
Proteger la función de modificación
La función de censura no afecta al documento de origen (texto, libro o presentación), el cual puede seguir editándose.
La barra de herramientas Censura
La herramienta Censura a mano alzada permite marcar el contenido que se censurará trazando líneas o polígonos de forma libre que recubran el contenido.
Siempre debe comenzar con la apertura de nuevos documento y compararla con el más antiguo.
Escriba una contraseña de al menos un carácter y confírmela. Pulse en Aceptar.
Crear ángulos redondeados
Pulse el botón Macro.
Se configura el ámbito de aplicación de la nueva asignación de acción en todo LibreOffice o sólo en los documentos del módulo actual.
Pulse en el botón Eventos.
Pulse con el botón derecho en el control y seleccione Propiedades.
Crear y cambiar plantillas predeterminadas y personalizadas
Vaya a Archivo ▸ Plantillas ▸ Gestionar plantillas.
Establecer una plantilla como la predeterminada
Se inicia en modo invisible.
Encontrará más información en la guía de programación de LibreOffice.
Desactiva el reinicio y la recuperación de archivos después de una caída del sistema.
Defina una variable de arranque. Por ejemplo, para establecer una ruta de perfil de usuario distinta a la predeterminada:
No hace nada; se acepta únicamente por motivos de compatibilidad retroactiva.
Presentación de Impress abre LibreOffice Impress
Vaya a Archivo ▸ Plantillas ▸ Gestionar plantillas.
Predeterminar
Abra LibreOffice Calc
Abra LibreOffice Impress
Consulte Plantillas y estilos para obtener información relacionada.
Con el ratón:
Órdenes del teclado
Modificar su directorio de trabajo
Documentos de formulario XML (XForms)
Diseñe su formulario.
Para editar un documento XForms
Barra de herramientas Diseño de formularios
Barra de herramientas Controles de formulario
Para crear un filtro XML
Para guardar un filtro XML como un paquete
Para instalar un filtro XML desde un paquete
Seleccione el filtro que quiera eliminar y pulse en Eliminar.
Active JavaScript en el navegador para mostrar las páginas de ayuda de LibreOffice.
Inglés (EE. UU.)
Catalán
Catalán (Valencia)
Danés
Estonio
Francés
Croata
Anterior
Modificado el:
Marcar este documento como relevante
Acepte este vídeo para verlo. Accederá a contenido proveniente de YouTube, un servicio brindado por un tercero externo.
Información de licencia
Propiedades de tabla
Datos a texto
Muestra el número del registro actual. Escriba un número para ir al registro correspondiente.
Se desplaza al primer registro.
Crea un registro nuevo.
Según haya creado la consulta o vista en la pestaña Diseño o en SQL se mostrarán los símbolos siguientes:
En función del formato de archivo que elija, aparecerá un cuadro de diálogo para definir las propiedades del formato de archivo.
Cargar/guardar
Permite fijar la configuración general de LibreOffice.
Colores de la aplicación
Editar propiedades antes de guardar
Especifica el intervalo de tiempo en minutos para la opción de recuperación automática.
file:///C:/trabajo/imágenes/imagen.jpg
Aquí se guardan las copias de respaldo, creadas automáticamente, de los documentos.
Diccionarios
Los temas nuevos de la Galería se almacenan en esta carpeta.
Archivos temporales
Permite especificar las propiedades de la ortografía, los sinónimos y el corte de palabras.
Para editar un módulo de idioma, selecciónelo y pulse en Editar. Aparecerá el cuadro de diálogo Editar módulos.
Marque todos los módulos que se deben activar para este idioma en Ortografía, Corte de palabras y Sinónimos.
Especifica el idioma del módulo.
Las entradas de idioma tienen una marca delante si la corrección ortográfica está activa para dicho idioma.
Bajar
Pulse aquí para deshacer los cambios actuales en el cuadro de lista.
LibreOffice le permite definir colores personalizados mediante un muestrario de dos dimensiones en el cuadro de diálogo Elija un color.
Negro
Considerar como modificado el documento al imprimirlo
marcado
Borra la sustitución de tipos de letra seleccionada.
Configuración de tipos de letra para códigos fuente HTML y BASIC
Tema de iconos
Barras de herramientas
Botón central
Pegar contenido
Especifica la cantidad máxima de franjas en los degradados impresos.
Suprime la combinación de colores mostrada en el cuadro Combinación. No es posible eliminar la combinación Predeterminada.
Utilizar cursor de selección de texto en documentos de texto de solo lectura
Utilizar los colores del sistema en la vista preliminar
Opciones de carga y guardado
Propiedades VBA
Escriba el nombre del servidor proxy para FTP. Escriba el puerto en el campo a la derecha.
Sin Proxy para
Protegidas por contraseña maestra (recomendado)
Seguridad de macros
Retícula
Permite especificar la configuración de los tipos de letra básicos.
Modificaciones
Especifica la configuración de compatibilidad para los documentos de texto. Estas opciones permiten ajustar LibreOffice al importar documentos de Microsoft Word.
Correo para combinar correspondencia
Imágenes y objetos
Dibujos y controles
Desplazamiento suave
Plegado de esquema
Seleccione la opción Prospecto para imprimir el documento en formato de prospecto. El formato de prospecto es el siguiente en LibreOffice Writer:
Active esta opción para imprimir las páginas del prospecto en el orden correcto para un sistema de escritura de derecha a izquierda.
Bandeja según configuración de impresora
Repetir en cada página
Especifica si el encabezado de la tabla se reproduce en la nueva página después de un salto de página.
Especifica que las celdas de tabla tienen un borde de forma predeterminada.
Reconocer números
Comportamiento de filas/columnas
Saltos
Caracteres ocultos
Tabulación y espacios
Margen izquierdo del párrafo
Abra un documento de texto y vaya a ▸ LibreOffice Writer ▸ Comparación.
Comparar documentos
Utiliza el posicionamiento de objetos de OpenOffice.org 1.1
Ampliar espacio entre palabras en renglones de párrafos justificados con saltos manuales
Usar como predeterminado
Establece el carácter que se mostrará después del número del nivel del título o del capítulo.
Especifica el estilo de caracteres del párrafo de la leyenda.
Acoplar a retícula
Especifica si se debe mostrar la retícula.
Subdivisión
Valores cero
Define si se muestran u ocultan los objetos y las imágenes.
Especifica si ciertos elementos de ayuda deben aparecer en la tabla.
Especifica si se debe mostrar cabeceras de fila y columna.
Símbolos para esquemas
Define la unidad de medida en las hojas de cálculo.
Extender formato
Expandir referencias al insertar filas/columnas en los bordes
Si inserta filas o columnas en el centro de un área de referencia, esta siempre se expande.
Especifica si se debe resaltar las cabeceras de columna y fila en las columnas o filas seleccionadas.
Copiar lista
Elija la opción Columnas para resumir el contenido de las columnas seleccionadas de una lista.
PV
IVA
Alteración mínima
30.12.1899 (Predeterminado)
Localiza win, pero no win95, os2win ni rewind
? (signo de interrogación) coincide con cualquier carácter sencillo
Buscar automáticamente etiquetas de filas/columnas
Para registrar las modificaciones efectuadas en su trabajo, seleccione Editar ▸ Control de cambios ▸ Grabar.
selección de datos
selección de datos - abre el cuadro de diálogo Lista de selección.
Separadores
Excel 2007 y más recientes:
Para las entradas anteriores están disponibles estas opciones:
Recalcular siempre: todas las fórmulas se recalcularán durante la carga del archivo.
Fórmulas matriciales
Reglas visibles
Contorno de cada objeto
A las guías
A los márgenes de página
Especifica si se debe alinear el contorno del objeto gráfico a los puntos del objeto gráfico más próximo.
Define el ángulo de reducción de puntos. Al trabajar con polígonos, puede resultar útil reducir sus puntos de edición.
Nombre de página
Usar antememoria de fondo
Copiar al mover
Opciones de LibreOffice Math
Ajusta el formato al formato de pantalla utilizado para imprimir. El tamaño real lo determina el formato de papel utilizado.
Guardar el código Basic original
Establecer el formato de archivo predeterminado
Archivos de bloqueo
Define los idiomas predeterminados, además de otros parámetros de la configuración regional, para los documentos.
Idioma para
Occidental
Disposición compleja de textos
Gestión avanzada de idiomas
Disposición compleja de textos
Controladores conocidos en LibreOffice
Archivo de base de datos
Escriba un nombre para la base de datos. LibreOffice utiliza este nombre para acceder a la base de datos.
Activar la compleción de código
Tratar cadenas vacías como cero
Botón Buscar
Recuadro de preferencias
El nombre de la preferencia.
Activa la grabación de macros. El elemento del menú Herramientas ▸ Macros ▸ Grabar macro quedará disponible.
Añadir archivador
Seleccione un archivador en formato ZIP o JAR y añada el archivo a la ruta de clases.
Elimina el parámetro de inicio del JRE seleccionado.
Nivel de seguridad
Enumera los certificados de confianza.
Quita la carpeta seleccionada de la lista de ubicaciones de archivos de confianza.
Nombre del servidor
Se realizará una comprobación una vez al día.
Cada semana
Muestra la carpeta seleccionada para archivos descargados.
Descargar actualizaciones automáticamente
Activa la descarga automática de actualizaciones en la carpeta que se especifique.
Seleccione para ver una alerta al intentar guardar o enviar un documento que contenga comentarios, versiones o cambios registrados.
Al imprimir
Eliminar información personal al guardar
Seleccione si el servidor SMTP requiere un nombre de usuario y una contraseña.
Suprarrayado
Oración con mayúscula inicial
Elija Archivo ▸ Exportar
Pulse en el icono Mostrar funciones de puntos de unión de la barra Dibujo
Vaya a Ver ▸ Reglas
Vaya a Ver ▸ Barras de herramientas ▸ Presentación
Vaya a Ver ▸ Organizador de diapositivas
Vaya a Ver ▸ Patrón de diapositiva
Vaya a Ver ▸ Patrón de notas
Vaya a Insertar ▸ Cabecera y pie
Elija Insertar ▸ Página resumen
Vaya a
Vaya a Insertar ▸ Campo
Vaya a Forma ▸ Convertir ▸ En polígono (solo en LibreOffice Draw)
Abra el menú contextual de un objeto seleccionado y elija Convertir ▸ En cuerpo de giro 3D
Abra el menú contextual de un objeto seleccionado y elija Convertir ▸ En contorno
Abra el menú contextual de un objeto seleccionado y elija Organizar ▸ Invertir
Vaya a Forma ▸ Unir (solo en LibreOffice Draw)
Vaya a Forma ▸ Intersecar (solo en LibreOffice Draw)
Vaya a Diapositiva ▸ Propiedades de diapositiva y cambie a la pestaña Fondo
Especifique la distancia entre el borde inferior de la página y los datos. Podrá ver una previsualización del resultado.
Insertar como copia
Inserta diapositivas en forma de hiperenlaces (URL) en la diapositiva activa.
Inserta diapositivas como enlace en la diapositiva activa.
Establece la posición y el giro de un objeto duplicado respecto del objeto seleccionado.
Se selecciona si la copia se va a insertar con el tamaño original del objeto o bien en escala reducida o aumentada.
Eliminar capa
Duplicar diapositiva
Activa el modo Esquema, que permite reordenar diapositivas y editar sus denominaciones y títulos.
Muestra versiones en miniatura de las diapositivas, de modo que puede reordenarlas con facilidad.
Pulse con el botón secundario del ratón en una diapositiva en la vista Normal y elija Presentación.
Patrón de notas
Añade un sustitutivo para número de diapositiva al patrón de diapositivas.
Disposición de patrón de notas
Cabecera y pie
Añadir una cabecera o un pie a todas las diapositivas
Seleccione el idioma para el formato de fecha y hora.
Editar punto de captura/guía
En el menú contextual de una celda, elija Insertar ▸ Columnas
Eliminar fondos no utilizados
Área de visualización
Seleccione de la lista el texto que desea insertar.
Fecha (variable)
Estilos de gráficos
Elimina las filas seleccionadas de la tabla .
En la barra Tabla, pulse en
Línea de cota debajo del objeto
Determina la posición del texto de cota con respecto a la línea de cota y las guías.
Vertical automáticamente
Línea 2
Escriba la cantidad de interlineado vertical que desee al final del conector.
Define el efecto especial que se reproduce cuando se muestra una diapositiva durante un pase.
Establece la duración de la transición de diapositiva.
Sonido
Animación
Salta a la última imagen de la secuencia de animación.
Inserta la animación en la diapositiva actual.
Reproduce el efecto de animación seleccionado en la previsualización.
Acción con pulsación de ratón
Diapositiva/Objeto
Define la ubicación del archivo de audio.
Inicia un programa durante una presentación.
Programa
Busque el programa que desee ejecutar.
Finaliza la presentación.
Se puede elegir la entrada «Ejecutar acción del objeto» para objetos OLE insertados.
Configuración del pase de diapositivas
Contiene todas las diapositivas de la presentación.
Presentación personalizada
Modo de presentación
Si desea crear un pase personalizado, pulse en Nuevo.
Crea una copia del pase de diapositivas personalizado seleccionado. Puede modificar el nombre del pase si pulsa en Editar.
Ejecuta el pase de diapositivas personalizado seleccionado.
Definir pase personalizado
Seleccione una página y pulse en >> o en << para agregarla o quitarla de la lista.
Diapositivas seleccionadas
Rellena los vacíos de color causados al aplicar una reducción de puntos.
Muestra el progreso de la conversión.
Intersecar
Los espacios visibles entre los objetos se conservan.
Introduzca la altura del carácter del bolo gráfico.
Aplica la modificación a la selección.
Final decelerado
Active esta opción para asignar una velocidad que disminuya progresivamente al final del efecto.
Botón Sonido
Atenuar con color - después de la animación, la forma se rellena con un color atenuado.
No atenuar: no se ejecuta ningún efecto posterior.
Atenuar color
Retraso entre caracteres
Agrupar texto
Si se ha seleccionado «Agrupar texto ▸ Por párrafos de primer nivel», los párrafos se animan en secuencia.
Iniciar efecto al pulsar en
Inserta una diapositiva después de la seleccionada actualmente.
Enumera todas las conexiones disponibles del Control remoto de Impress.
Abra el cuadro de diálogo Conexión remota,
Colocar en círculo (inclinar)
El conector se liga al borde inferior del punto de unión seleccionado.
Punto de unión central vertical
Cuadrado redondeado
Cuadrado redondeado sin relleno
Círculo
Sector de círculo
Elipse sin relleno
Arco de círculo
Curva, rellena
Línea a mano alzada, con relleno
Cilindro
Cono
Toro
Semiesfera
Predeterminado (ángulos de 90 grados)
Conector directo con flecha al comienzo
Línea con flecha al final
Línea con flecha/cuadrado al final
Editar texto.
Salir del grupo
Combinaciones de teclas en presentaciones
Tecla Multiplicar (×) (teclado numérico)
Mantenga pulsada la tecla Mayús al arrastrar para cambiar el tamaño de un objeto conservando sus proporciones.
Tecla Tabulación
Esc
Se desplaza al siguiente objeto de texto de la diapositiva.
Atajos de teclado de la consola de presentación
Alternar pantalla en negro
B, .
Ir a la diapositiva número…
Número seguido de Intro
Desplazarse por las notas hacia arriba/abajo
Mostrar la consola de presentación
Es posible convertir objetos bidimensionales (2D) para crear numerosas formas. LibreOffice puede convertir objetos 2D en los tipos de objeto siguientes:
Para convertir un objeto 2D en un polígono:
Para convertir un objeto 2D en un objeto 3D:
Pulse con el botón secundario del ratón en el objeto y seleccione Convertir ▸ En cuerpo de giro 3D.
Seleccione un objeto o grupo de objetos que quiera incluir en su animación y vaya a Insertar ▸ Multimedia ▸ Imagen animada.
Pulse en el botón Aplicar objetos individualmente para crear un cuadro de animación separado para cada uno de los objetos seleccionados.
Repita los dos últimos pasos para cada una de las imágenes de la animación.
Para aplicar un efecto de transición a una diapositiva:
En el panel Tareas, pulse en Transición de diapositivas.
Para mostrar como fondo la imagen completa, deseleccione la casilla de verificación Mosaico situada en el área Posición y seleccione Ajustar.
Vaya a Ver ▸ Normal para cerrar la vista de patrón.
Para aumentarlo pulse el signo de sumar.
Añadir objetos predefinidos de cabecera o pie
Vaya a Insertar ▸ Cabecera y pie.
Introduzca o seleccione el contenido que deberá ser visible en todas las diapositivas.
Realice una de las acciones siguientes para que los puntos de unión existentes de todos los elementos sean visibles:
Escriba un Nombre de archivo y pulse en Exportar.
Repita los pasos del 1 al 3 hasta que todo el texto quede dentro de las diapositivas.
Funcionalidades del Control remoto de Impress
Equipo:
GNU/Linux, Windows o macOS.
LibreOffice, versión 4.1 o más reciente.
Abra la aplicación Control remoto de Impress en el dispositivo y elija el identificador de Bluetooth correspondiente al equipo.
Para mostrar una diapositiva oculta:
Utilizar los atajos de teclado de LibreOffice Impress
Coloque el cursor allá donde quiera mover la diapositiva y presione .
Seleccione Antes o Después de la diapositiva actual y pulse Aceptar.
Pulse en el botón Cargar estilos de flecha.
Si desea convertir un punto de datos en una línea curva:
Para convertir el punto de datos en un punto simétrico, pulse en el icono Transición simétrica de la barra Editar puntos.
Para borrar un punto de datos:
Seleccione .
Abra la barra de herramientas Conectores en la barra de herramientas Dibujo y seleccione una línea de conexión.
Para agregar zonas activas que llamen a otras diapositivas:
Asigne interacciones a algunos objetos de la diapositiva.
Abra una presentación y seleccione Ver ▸ Normal.
Pases de diapositivas
Para activar la consola de presentación:
Configurar las opciones de la impresora en la presentación actual
Seleccione el número de diapositivas a imprimir por cada hoja de papel.
Seleccionar un objeto oculto
Insertar una tabla nativa
Marque la casilla Enlazar a archivo para insertar el archivo como un enlace dinámico.
Para convertir texto en objetos de dibujo:
Convertir imágenes de mapa de bits en vectoriales
Gira los objetos seleccionados.
La barra Vista de diapositivas se abre con el Clasificador de diapositivas.
Estilo de área/Relleno
Incrementa el tamaño de letra del texto seleccionado.
Para especificar las unidades de medida de una regla, pulse sobre ella con el botón derecho y elija una unidad de la lista.
Crear diapositivas
Alinear texto
Elimina la o las diapositivas seleccionadas.
Si una diapositiva es visible, esta función la oculta.
Vaya a Editar ▸ Notas al pie
Abra el menú contextual y elija Entrada del índice
Marcas de formato
Vaya a Insertar ▸ Más saltos ▸ Salto manual
Vaya a Insertar ▸ Campo ▸ Más campos ▸ pestaña Remisiones
Vaya a Insertar ▸ Campo ▸ Más campos ▸ pestaña Info. documento
Abra el menú contextual y elija Nota al pie/nota final (para notas al pie/finales insertadas)
Elija Insertar ▸ Leyenda
Abra el menú contextual y elija Leyenda
Insertar marco manualmente
Vaya a Insertar ▸ Texto desde archivo
Vaya a Insertar ▸ Cabecera y pie ▸ Cabecera
Vaya a Ver ▸ Estilos, abra el menú contextual y seleccione la pestaña Modificar/Nuevo ▸ Letras capitulares.
Vaya a Ver ▸ Estilos, abra el menú contextual y seleccione la pestaña Modificar/Nuevo ▸ Flujo del texto.
Vaya a Estilos ▸ Gestionar estilos
Vaya a Ver ▸ Estilos, abra el menú contextual y elija Modificar/Nuevo (para estilos de párrafo).
Vaya a Ver ▸ Estilos, abra el menú contextual y elija Modificar/Nuevo (para estilos de marco).
Vaya a Herramientas ▸ Corrección automática.
Vaya a Tabla ▸ Propiedades ▸ pestaña Tabla.
Vaya a Tabla ▸ Propiedades ▸ pestaña Columnas.
En el menú contextual de una celda, elija Celda ▸ Desproteger.
En la barra Tabla, pulse en
En el menú contextual de una celda, elija Columna.
Vaya a Tabla ▸ Seleccionar ▸ Columna.
Vaya a Herramientas ▸ Actualizar
Vaya a Herramientas ▸ Actualizar ▸ Campos
Procesa todos los registros de la base de datos.
Generar nombre de archivo a partir de la base de datos
Abre el cuadro de diálogo Seleccionar ruta.
Navegar por
Títulos
Ir a, Seleccionar, Editar, Eliminar, Cambiar nombre
Elementos de hiperenlace
Elementos de comentarios
Modo de arrastre, Visualización
Modo de arrastre
Control de esquema
Trabajar con la barra de herramientas Navegación
Abre el diálogo Cambiar nombre de Autotexto, en el que se puede cambiar el nombre de la entrada seleccionada de Autotexto.
Cambia el nombre de las categorías de AutoTexto, las agrega o las borra.
Cambia el nombre de la categoría seleccionada de AutoTexto por el que haya escrito en el cuadro Nombre.
Lista de selección
Los enlaces con los directorios de texto automático en el equipo son relativos.
Muestra el nombre del elemento de Texto automático seleccionado.
Muestra el nombre de la macro asignada al campo seleccionado.
Muestra el texto que se enlaza con una condición.
Añade el campo definido por el usuario a la lista Seleccionar.
Campo anterior
Seleccione el tipo de numeración para la nota al pie o la nota final.
Nota al pie
Convierte una nota final en una nota al pie.
Flecha derecha
1.ª clave
2.ª clave
Flecha hacia la derecha
El diálogo Editar secciones es parecido al de Insertar ▸ Sección y ofrece las opciones adicionales siguientes:
Marcar campos
Insertar ▸ Campo.
Muestra los caracteres ocultos en el texto, como las marcas de párrafos, saltos de línea, tabuladores y espacios.
Seleccione el tipo de salto que quiera insertar.
[Ninguno]
Próximo renglón completo
Inserta en la posición del cursor la sección que definió en el documento.
Seleccione la sección del archivo que quiera insertar como un enlace.
Órdenes de campo
Después de la sección
Insertar nota al pie
Las notas al pie se insertan al final de una página y las notas finales al final de un documento.
Escriba el nombre del marcador que quiere crear. Luego, pulse en Insertar.
No puede usar los caracteres siguientes en el nombre de un marcador: / \ @ : * ? " ; , . #
Para cambiar el nombre de un marcador, selecciónelo, pulse en Cambiar nombre y escriba el nombre nuevo en el cuadro de diálogo.
Escriba el texto que quiere que aparezca después del número de leyenda.
Para eliminar un sobre de un documento
Pulse con el botón derecho del ratón en el campo en la línea de estado que indica "Sobre".
Seleccione la tabla de la base de datos que contenga los datos de la dirección que desee insertar.
Establece la posición y las opciones de formato de texto del campo del remitente.
Abre un diálogo donde puede editar el formateado del carácter que se usa en el campo del remitente.
Vertical-centro
El sobre se coloca de forma vertical en el centro de la bandeja.
Hacia la derecha
Inserta el número y el nombre del capítulo.
Establecer referencia
Inserta el número de la página que contiene el destino de referencia.
Número de página (con estilo)
Inserta el número de leyenda del destino de la referencia. Solo está disponible cuando se hace referencia a objetos con leyendas.
Texto condicional
Inserta un campo de texto que puede abrirse al pulsar en el documento. Posteriormente podrá cambiar el texto que se muestra.
Indicación
Lista los elementos. El elemento superior se muestra en el documento.
Desplaza el elemento seleccionado hacia abajo en la lista.
Inserta el nombre del autor y la fecha o la hora en que se creó el documento.
Modificación
Inserta el valor actual de la variable que pulse en la lista Seleccionar.
Inserta un nuevo valor para una variable o un Campo del usuario.
En la lista Formato defina si el valor se debe insertar como texto o como número.
En la tabla siguiente se muestran ejemplos de etiquetas HTML especiales de fecha y hora reconocidas por LibreOffice como campos:
Hora fija
Descripción (contenido fijo)
Párrafo oculto: oculta el párrafo si la condición es verdadera.
Variables basadas en los datos de usuario
La condición es verdadera si «x» equivale a 1.
x != 1 o x NEQ 1
La condición es verdadera si «x» no equivale a 1.
Comprueba si la variable «x» contiene una cadena vacía.
Código postal
Base de datos.Tabla.Empresa
Base de datos.Tabla.Empresa != ""
Devuelve VERDADERO si el campo EMPRESA está vacío.
Vaya a Insertar ▸ Campo ▸ Más campos y, a continuación, pulse en la pestaña Funciones.
En el cuadro Condición, escriba «page == 1».
En el cuadro Si no, escriba «Hay varias páginas».
Pulse en Insertar y, a continuación, en Cerrar.
Pulse en la pestaña Funciones y, a continuación, en «Texto condicional» en la lista Tipo.
En el cuadro Si no, escriba «Hola».
Entrada bibliográfica
Usar sumarios e índices
Use esta pestaña para especificar y definir el tipo de índice que desee insertar. También puede crear índices personalizados.
Estilos de párrafo
Abre el diálogo Estilo de párrafo, en el que se puede modificar el estilo de párrafo seleccionado.
Bibliografía
Escriba un título para el índice seleccionado.
Crear de
Especifique la información que se debe combinar para formar un índice.
Seleccione la categoría de la leyenda que quiera usar para las entradas del índice.
Visualización
Las opciones siguientes están disponibles si selecciona Índice del usuario como tipo de índice.
Incluye objetos OLE en el índice.
Seleccione los tipos de objetos que desee incluir en un índice de objetos.
Formato de las entradas
Estilo de carácter
Abre un cuadro de diálogo donde puede editar el estilo de carácter seleccionado.
Alinea el tabulador al margen derecho de la página.
Entrada de capítulo
Seleccione la información del capítulo que desee incluir en la entrada del índice.
Especifique el formato de las entradas en un Índice del usuario definido.
Definir entrada de bibliografía
Un archivo de concordancia contiene los campos siguientes:
Claves 1.ª y 2.ª
«Solo palabras» busca el término como una única palabra.
Si desea incluir el barrio «El Peñasco» de Sombrerete bajo la entrada «Ciudades», escriba el renglón siguiente:
Si es posible, el autor y el título completo de la abreviatura seleccionada se muestran en esta área.
Inserta un marco que puede usar para crear un diseño de una o más columnas de texto y objetos.
Para eliminar un marco, pulse primero sobre su borde y enseguida oprima la tecla Supr.
Para insertar una tabla de otro documento, cópiela y péguela en el documento actual.
Para convertir texto en una tabla, seleccione el texto y, a continuación, elija Tabla - Convertir - Texto en tabla.
Evita que la tabla se extienda más de una página.
Sustituye el origen de datos actual con el que haya seleccionado en la lista Bases de datos disponibles.
Pulse sobre el documento en el que quiera cambiar el origen de datos.
Aparece una marca de comprobación delante de los estilos de página que tienen cabeceras.
Inserta la fecha en forma de campo. Se usa el formato de fecha predeterminado y esta no se actualiza automáticamente.
Más campos
Con estilo de página
Mantiene juntos el párrafo actual y el siguiente cuando se inserta un salto o un salto de columna.
Espaciado al texto
Reiniciar numeración en este párrafo
Especifique las opciones Numeración de renglones. Para añadir números a los renglones del documento, vaya a Herramientas ▸ Numeración de renglones.
Distribuir uniformemente el texto en secciones multi-columnas.
Anchura automática
Mueve la visualización una columna a la derecha.
Línea de separación
Seleccione el estilo de formato de la línea separadora. Si no quiere incluir una línea separadora, seleccione «Ninguno».
Escriba el texto que desee mostrar delante del número de la nota al pie.
Seleccione el modelo de numeración para las notas al pie.
Especifica un formato de numeración personalizado para las notas finales. Esta casilla de verificación sólo está disponible si Reiniciar numeración está seleccionada.
Seleccione el modelo de numeración para las notas finales.
Relación a la anchura relativa
Primer párrafo
Cambia el contorno del objeto seleccionado. LibreOffice utiliza el contorno al momento de determinar las opciones de ajuste de texto alrededor del objeto.
Dibuja un contorno rectangular donde puede arrastrar la previsualización del objeto. Para dibujar un cuadrado, mantenga presionada la tecla Mayús mientras arrastra.
Voltea horizontalmente la imagen seleccionada solo en las páginas pares.
La tabla siguiente muestra los tipos de objetos y las acciones que pueden producir una macro:
no se ha cargado la imagen correctamente
antes de insertar Texto automático
Defina las propiedades del vínculo.
Imagen interactiva del lado cliente
Enlace siguiente
Editable en documento de solo lectura (solo marcos)
Dirección de escritura.
Abre un cuadro de diálogo en el que puede modificar las propiedades del objeto seleccionado, por ejemplo, su tamaño y nombre.
Define las opciones de dirección para el texto que hay antes y después de la tabla.
Escriba un nombre interno para la tabla. Este nombre se puede usar para encontrar rápidamente la tabla en el Navegador.
Establezca las opciones de alineación para la tabla seleccionada.
Especifique la anchura de la columna en la tabla.
Editar tabla mediante teclado
Para aumentar la sangría izquierda de la tabla, mantenga presionadas y Mayús y, a continuación, presione →.
Inserta un salto de columna antes o después de la tabla en una página de varias columnas.
Aplica el estilo que especifique a la primera página que sigue al salto.
Seleccione el estilo que desee aplicar a la página que sigue al salto.
Permitir división de tabla en páginas y columnas
Utilizar configuración del objeto superior
Selecciona la fila que contiene el cursor.
Cambia la altura de las filas seleccionadas.
Introduzca la anchura que quiera para la(s) columna(s) seleccionada(s).
Añade columnas nuevas a la izquierda de la columna actual, o bien, filas nuevas encima de la fila actual.
Esta orden solo está disponible si el cursor está en una tabla.
La información siguiente se refiere a los estilos de Writer que puede aplicar a través del grupo Estilos de la barra lateral.
Use Estilos de marco para formatear marcos de texto y de gráficos.
Muestra todos los estilos del tipo actual.
Estilos utilizados
Muestra estilos de formato para los títulos.
Abra un documento de texto vacío y escriba una carta comercial breve con una cabecera (Formato ▸ Página ▸ Cabecera).
Estilo condicional
He aquí una lista de todos los estilos de párrafo aplicables a un contexto.
Pulse aquí para quitar el contexto asignado al estilo seleccionado.
Abre un submenú con más órdenes.
La barra de herramientas Formato (estilos) contiene iconos para aplicar y modificar estilos.
El párrafo se formatea como título cuando se cumplen estas condiciones:
Tres signos de igualdad (=) crean una línea doble fina (de un grosor de 0,75 pt).
Otras reglas de corrección automática
Vaya a Tabla ▸ Estilos de formato automático y pulse en el formato que quiera aplicar.
Editar modificaciones
Incluye la primera fila de la tabla original como la primera fila de la segunda tabla.
Título personalizado
←/→
Ignora la sugerencia de división y encuentra la siguiente palabra pendiente de separar.
Especifica el modelo de numeración y el formato de esquema para la numeración de capítulos del documento actual.
Sin título 1-9
Completo
Escriba el número en el que desee reiniciar la numeración del capítulo.
Comenzar en página siguiente
Seleccione el estilo de carácter que quiere usar para los números de las notas finales en el área de la nota final.
Otros:
Convierte el texto a una tabla utilizando el carácter que especifique en el cuadro como separador de columnas.
Bordes
Claves 1 a 3
Los separadores aparecen únicamente en los renglones no numerados.
Actualizar todo
Actualiza el contenido de todos los campos del documento actual.
Actualiza los gráficos del documento actual.
Vaya a Herramientas ▸ Revisión de accesibilidad.
Comprueba que las tablas no incluyan celdas divididas o combinadas, lo que puede desorientar a usuarios con deficiencias de la visión.
Comprueba si hay texto intermitente, que puede causar problemas para personas con discapacidades cognitivas o epilepsia fotosensible.
Antes de iniciar el Asistente para combinar correspondencia, es posible que desee revisar el proceso de creación de cartas en serie completo:
Especifique el documento que desee emplear como base para el documento de combinación de correspondencia.
Asistente para combinar correspondencia: selección de tipo de documento
Asistente para combinar correspondencia: ajuste de disposición
Especifique la posición de los bloques de dirección y los saludos en los documentos.
Primer paso: Asistente para combinar correspondencia: selección de documento inicial.
Utilice el documento de Writer actual como base del documento de combinar correspondencia.
Comenzar a partir de plantilla
Visión de conjunto del Asistente para combinar correspondencia
Agrega un bloque de dirección al documento de combinación de correspondencia.
Quitar filas con campos vacíos
Insertar saludo personalizado
Seleccione el saludo personalizado para un destinatario femenino.
Seleccione el nombre de campo del campo de la base de datos de direcciones que contenga la información relativa al género.
Próximo paso: Asistente para combinar correspondencia: ajuste de disposición
Área de previsualización
Inserta un campo de texto nuevo.
Borra el campo seleccionado.
(Botones de flecha)
Abre el diálogo Saludo personalizado para un destinatario femenino.
Escriba el texto del renglón de asunto de los mensajes de correo electrónico.
Nombre del archivo adjunto
Enviar registros
Buscar entrada
Busca un registro o destinatario en la lista de direcciones de combinación de correspondencia.
Información de la dirección
Introduzca o edite el contenido del campo de cada destinatario de la combinación de correo.
Abre el diálogo Buscar entrada. El diálogo se puede dejar abierto mientras se editan las entradas.
Excluye del bloque de direcciones los datos relativos al país o la región.
Abre el diálogo Nueva lista de direcciones, en el que se puede editar la lista de direcciones seleccionada.
Plegado de esquema
Desplegar todo
Alterna el contenido de esquema del elemento seleccionado.
Para imprimir o exportar el documento íntegro, defina la visibilidad del esquema de antemano, con Desplegar todo.
Esta función no está destinada a ser una protección de la seguridad de la información; es únicamente un bloqueo para evitar modificaciones accidentales.
Icono Inspector de estilos en la barra lateral
Insertar portadas en el documento.
Vaya a Formato ▸ Portada
En la barra de menús, diríjase a Formato ▸ Portada
Seleccione el estilo de la portada en el apartado Editar propiedades de la página
Para insertar una portada en cualquier sitio del documento
Coloque el cursor donde quiera insertar la portada nueva.
Sitúe el cursor en la página cuyo estilo quiere modificar
Formato de página,
Marca de agua para páginas
Vaya a Formato ▸ Marca de agua.
Rellene la configuración a continuación.
Deshace el enlace entre dos marcos. Solo puede deshacer el enlace que conecta el marco seleccionado con el marco de destino.
Tabla: variable
Si este modo está activo, se cambia una línea y/o columna que afecta al tamaño de la tabla.
Define el número de páginas mostradas en columnas.
Operaciones de cálculo básicas
Ejemplo: 10 - <B5>
EQ o ==
Ejemplo: <A1> EQ 2 muestra 1, si el contenido de A1 es igual a 2.
Ejemplo: <A1> G 2 muestra 1 (verdadero), si el contenido de A1 es mayor que 2.
Ejemplo: 0 OR 0 muestra 0 (falso), todo lo demás muestra 1 (verdadero)
Ejemplo: 1 AND 2 muestra 1 (verdadero)
Puede elegir de entre las funciones estadísticas siguientes:
Variables para las propiedades del documento
Número de tablas del documento
Verdadero
Inserta un campo en la posición del cursor.
Inserta un índice o un sumario en la posición actual del cursor.
Imágenes y gráficos
Insertar marca
Añadir entradas de lista consecutivas a una lista inmediatamente anterior
Vaya a Formato ▸ Listas ▸ Añadir a lista
Seleccionar marco siguiente
Navegador activado, ir a número de página
Mostrar campos
Otorga el foco al cuadro Aplicar estilo
Aplicar el estilo de párrafo Título 5
Ejecutar campo de macro
→
Mover el cursor a la derecha seleccionando el texto
Mayús + ↑
↓
+ ↓
Ir al inicio del documento
Mayús + Re Pág
Página de pantalla hacia arriba con selección
AvPág
Página de pantalla hacia abajo con selección
Equivale a , pero solo se modifica la celda activa
Atajos de teclado para mover y redimensionar marcos, imágenes y objetos
Modificación del tamaño mediante el desplazamiento del borde derecho/inferior.
+ ↑, ↓, ← o →
Anclaje
Creación de listas numeradas o viñetadas a medida que escribe
Para deshacer rápidamente una corrección o compleción automática, oprima + Z.
Pulse en la pestaña Opciones regionales
Para excluir palabras de la revisión ortográfica
Puede impedir que la Corrección automática corrija abreviaturas concretas o palabras que tienen mayúsculas y minúsculas.
Vaya a Herramientas ▸ Corrección automática ▸ Opciones de corrección automática y, a continuación, pulse en la pestaña Excepciones.
Pulse en el botón Autotexto, y a continuación elija Nuevo.
Pulse en el documento, allí donde desee insertar una entrada de texto automático.
En la pestaña Área, seleccione el color o la imagen de fondo.
Para aplicar un fondo a toda una tabla o a parte de esta
Elija Formato ▸ Página ▸ Bordes.
Una celda seleccionada en una tabla que tiene más de una celda, o el cursor dentro de una tabla con ninguna celda seleccionada
Celdas en una fila seleccionada
Seleccione un bloque de 8 × 8 celdas, aproximadamente, y elija Tabla ▸ Propiedades ▸ Bordes.
Seleccione una única celda de una tabla de Writer y, a continuación, vaya a Tabla ▸ Propiedades ▸ Bordes.
Cálculo de la suma de una serie de celdas de tabla
Igualmente, también puede calcular rápidamente la suma de una fila de números.
Abra un documento de texto, inserte una tabla con varias columnas y filas e inserte otra tabla formada por una celda.
Pulse Intro.
Pulse F2.
En el cuadro de diálogo Leyenda, pulse en Aceptar.
Abra un documento de texto nuevo, vaya a Ver ▸ Estilos y, a continuación, pulse en el icono Estilos de página.
Escriba un nombre para la página en el cuadro Nombre de estilo y, a continuación, pulse en Aceptar.
Pulse Insertar y a continuación Cerrar.
Escriba Páginas en el cuadro Entonces.
Seleccione la palabra que desee borrar en la lista Palabra y a continuación pulse Borrar.
Mover y copiar texto en documentos
Pulse en «Texto sin formato» en la lista Selección y, a continuación, pulse en Aceptar.
Ver campos
Para insertar la fecha como un campo que no se actualizará, elija «Fecha (fija)» en la lista Seleccionar.
es igual
Seleccione el texto del documento que desee ocultar.
Vaya a Insertar ▸ Sección.
Para reemplazar texto
Si pulsa en Reemplazar todo, Writer reemplaza todo el texto que contiene las palabras introducidas.
Sitúe el cursor en el pie de página y vaya a Insertar ▸ Campo ▸ Más campos.
Insertar y editar notas al pie o finales
En el apartado Separación, desmarque la casilla Sincronizar.
Para crear una carta modelo
Características de los patrones de documento
Ejemplo de uso de estilos
Utilice el Navegador para reorganizar y editar los subdocumentos de un patrón de documento.
Para iniciar cada subdocumento en una página nueva
Cabeceras y pies de página en documentos HTML
En la lista de estilos de página, pulse con el botón secundario del ratón sobre «Página derecha» y seleccione Modificar.
Para insertar el nombre y número de capítulo en una cabecera o un pie de página
Pulse en «Capítulo» en la lista Tipo y «Nombre y número de capítulo» en la lista Formato.
Para ocultar la variable en el documento seleccione Invisible.
Escriba el texto que desee ocultar en el cuadro Texto oculto.
Crear texto no imprimible
Insertar ▸ Campo ▸ Más campos
Pulse en Nuevo y luego en Cerrar.
Para cambiar la entrada, introduzca texto diferente en el cuadro Entrada.
Definir entradas de índices o sumarios
Diríjase a Insertar ▸ Sumario e índice ▸ Entrada de índice y siga uno de estos procedimientos:
Seleccione el estilo del párrafo que desee incluir en el sumario, en el cuadro Estilo de párrafo.
En la lista Nivel, pulse el nivel jerárquico que desee aplicar al estilo de párrafo.
Pulse con el botón secundario del ratón en el índice o el sumario y elija Editar índice o sumario.
Índices que abarcan varios documentos
Vaya a Insertar ▸ Sumario e índice ▸ Sumario, índice o bibliografia y pulse en la pestaña Tipo.
Seleccione las opciones que desee.
Índices del usuario
Pulse en Insertar para añadir las palabras seleccionadas al índice nuevo.
Pulse en el documento, allí donde desee insertar el índice.
Arrastre el gráfico de la hoja de cálculo al documento de texto.
Insertar imagen desde LibreOffice Draw o Impress
Puede arrastrar y colocar objetos de la Galería en un documento de texto, hoja de cálculo, dibujo o presentación.
En la barra Formato, pulse en el icono Alternar lista ordenada dos veces.
Posicionar cursor en marca de texto
Si desea abrir un menú contextual, oprima Mayús + F10. Para cerrarlo oprima Escape.
Para insertar secciones
Elija Estilos ▸ Cargar estilos, o
Títulos, tipos de numeración
Vaya a Formato ▸ Marco y objeto ▸ Propiedades y, a continuación, seleccione la pestaña Opciones.
Puede numerar automáticamente elementos similares, como las citas, en el documento.
Pulse en «Intervalo numérico» en la lista Tipo.
Seleccione Mostrar numeración.
Pulse con el botón secundario del ratón en el estilo de párrafo «Predeterminado» y seleccione Modificar.
Para especificar el número de renglón inicial
Pulse en el documento, allí donde desee comenzar la nueva página.
Para eliminar un salto de página manual
Pulse con el botón derecho del ratón en la tabla y seleccione Tabla.
Pulse en la pestaña Flujo de texto.
Para cambiar rápidamente entre las disposiciones de página vertical y horizontal
Cambiar el fondo de la página
Para cambiar el fondo de la página
Para cambiar el fondo de página en todas las páginas de un documento
Utilice Insertar ▸ Número de página para insertar un número de página en la posición actual del cursor.
Para aplicar un estilo de página distinto a la primera página
Pulse dos veces en el estilo «Primera página».
Pulse en el inicio del primer párrafo de la página donde desee aplicar otro estilo.
Intervalo de un estilo de página definido manualmente
Realice una de las acciones siguientes:
Imprimir un prospecto
Archivo ▸ Previsualizar impresión.
Seleccionar qué imprimir
En la sección Intervalo y copias, elija la opción Selección.
Seleccione en el cuadro Bandeja de papel la bandeja de papel que quiera utilizar.
Aplique el estilo de página a las páginas que desee.
Imprimir en el orden inverso
Pulse en la pestaña General.
Elija Imprimir en orden inverso.
Para actualizar manualmente las remisiones de un documento, vaya al menú Herramientas ▸ Actualizar ▸ Campos u oprima F9.
Las sangrías se ajustan con tres pequeños triángulos en la regla horizontal.
La búsqueda por expresiones regulares es diferente de la búsqueda por comodines. LibreOffice Writer solamente admite la búsqueda por medio de expresiones regulares.
Insertar secciones
Configure las opciones de la sección y a continuación pulse en Insertar.
En el cuadro Sección nueva, escriba un nombre para la sección.
Guardar documentos de texto en formato HTML
Vaya a Archivo ▸ Enviar ▸ Crear documento HTML.
Para aplicar cursiva
Oprima + S.
Aplicar estilos con el Modo de relleno de formato
Seleccione el texto que desee convertir en superíndice o subíndice.
Seleccione Formato - Carácter - Posición, y entonces seleccione Superíndice o Subíndice.
Insertar tabla
Para insertar una tabla desde una barra de herramientas
En la barra Estándar o Insertar, pulse en la flecha que está junto al icono Tabla.
Metarchivo GDI
Mantenga pulsado el botón del ratón en las celdas seleccionadas.
Cambiar la anchura de las columnas y las celdas
Dar animación al texto
Para transformar el texto en minúsculas
Seleccione el texto que desee centrar en la página.
Escribir texto en cualquier punto de una página
Para insertar un marco
Los marcos de Writer pueden configurarse para permitir la visualización del texto en pantalla, pero no la impresión.
El marco de destino está vacío.
El marco fuente o destino no están contenidos el uno en el otro.
Cuando selecciona un marco vinculado aparece una línea que conecta los marcos vinculados.
Re Pág
Insertar un documento de texto completo
Sitúe el cursor en el documento donde desee insertar el archivo.
Para insertar un documento de texto completo como vínculo
Escriba un nombre en el cuadro Sección nueva y seleccione la casilla de verificación Vínculo.
Si lo desea, configure las opciones de formato para la sección.
Corte de palabras automático
En el apartado Corte de palabras, seleccione la casilla de verificación «Automáticamente».
Para dividir las palabras del texto de forma automática en varios párrafos
Vaya a Ver ▸ Estilos y, a continuación, pulse en el icono Estilos de párrafo.
Corte de palabras manual
Seleccione el texto al que quiera aplicar el corte de palabras.
Pulse con el botón secundario del ratón, elija Lista y seleccione un estilo de lista.
Estilos de numeración y de párrafo
Para aplicar la numeración manualmente
Para añadir los párrafos seleccionados a una lista existente, utilice Formato ▸ Lista ▸ Añadir a lista.
Para aplicar la numeración con un estilo de párrafo
Compleción de palabras en documentos de texto
Vaya a Herramientas ▸ Corrección automática ▸ Opciones de corrección automática ▸ Compleción de palabras.
La funcionalidad de compleción de palabras recopilará las palabras.
La barra de herramientas Combinación de correspondencia contiene órdenes para llevar a cabo los últimos pasos del proceso de combinación de correspondencia.
Use los botones de navegación para desplazarse por los registros de direcciones.
Submenú con saltos adicionales de renglón, de columna y de página
Nota al pie y final
Selecciona la celda actual.
Selecciona la tabla actual.
Minimizar altura de fila
Entradas de los estilos de texto
La barra Objeto OLE aparece cuando se seleccionan objetos y contiene las funciones más importantes para dar formato y colocar los objetos.
Borrar columna
Preimpresión con LibreOffice Writer
Crear dibujos
