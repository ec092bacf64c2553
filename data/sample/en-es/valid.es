Verde claro
1002 Falta el argumento requerido
Ejecuta o guarda la macro actual.
Pulse en Aceptar para importar la biblioteca.
Pulse dos veces en el módulo cuyo nombre quiere cambiarse, con una pausa pequeña entre los clics. Escriba el nombre nuevo.
rutina
Alt + ↑
Especifique la altura del diálogo o el control.
Barra de desplazamiento horizontal
Barra de progreso
Utilidades
Devuelve un subconjunto de una matriz unidimensional.
matriz bidimensional: la matriz bidimensional para ordenar.
Sábado
Observe que el método no comprueba que el archivo indicado realmente sea de texto.
En documentos de Base
Todo (salvo HiddenControl)
El nombre de las ventanas distingue mayúsculas y minúsculas.
Devuelve la altura en píxeles de la ventana activa.
La ejecución de macros depende de la configuración del usuario
Los números con delimitadores decimales se convierten de acuerdo a la configuración regional.
2: La función FileAttr devuelve el número de acceso de archivo del sistema operativo.
2 - OUTPUT (archivo abierto para salida)
Función DateAdd
devuelve el valor 12.
Antes de la división, ambos operandos se redondean a números enteros. La parte fraccionaria del resultado se descarta.
Esta función devuelve el signo algebraico de una expresión numérica.
Devuelve la parte fraccionaria de un número.
Devuelve una cadena que representa el valor hexadecimal de un número.
Instrucción Sub
Permite direccionar un objeto en tiempo de ejecución como parámetro de cadena usando su nombre.
Activar hiperenlace
Vaya a Insertar ▸ Función.
Vaya a Insertar ▸ Tabla dinámica.
Vaya a Hoja ▸ Insertar filas ▸ Filas encima.
Vaya a Hoja ▸ Comentarios de celda ▸ Eliminar todos los comentarios
Escriba la letra de la columna. Oprima Intro para reposicionar el cursor en la columna especificada de la misma fila.
Abre el cuadro de diálogo Editar escenario, que permite modificar las propiedades del escenario.
Cabeceras y pies
Los valores válidos para la función de distribución y sus parámetros son
Elimina todo el contenido del intervalo de celdas seleccionado.
Elimina las fórmulas. El texto, números, formatos, fechas y horas permanecen inalterados.
Nueva hoja
ESNUMERO(Valor)
=ESIMPAR(3.999) devuelve VERDADERO.
COMBINAT
La cotangente de un ángulo es equivalente a 1 dividido por la tangente de ese ángulo.
Una matriz de una fila que consiste de tres números: 1, 2 y 3.
TRANSPONER
Algunos de los ejemplos emplean la siguiente tabla de datos:
BUSCAR
Anchura (opcional) es la anchura horizontal de un área que comienza en la posición de referencia nueva.
NUMERO.ARABE
Funciones de análisis, segunda parte
Matriz doble
La Fracción es un número entero que se usa como denominador de la fracción decimal.
=MONEDA.DEC(1,02;16) representa a 1 y 2/16. Da como resultado 1,125.
Convierte una cotización con decimales en una fracción decimal mixta.
VNA
=PRUEBA.CHI.INV(0,02;5) devuelve 13,39.
=DIST.F(0,8;8;12;1) da 0.3856603563.
Datos1 es la primera matriz de registros.
Devuelve la función inversa de la transformación de Fisher para X y da como resultado una función que se distribuye de forma casi normal.
CONFIANZA(Alpha; Desv_estándar; Tamaño)
Calcula el intervalo de confianza (1-alfa) para una distribución t de Student.
=CURTOSIS(A1;A2;A3;A4;A5;A6)
DISTR.NORM.ESTAND.INV(Número)
PROBABILIDAD
DESVEST.M(Número 1 [; Número 2 [; ... [; Número 255]].)
DESVESTP(Número 1 [; Número 2 [; ... [; Número 255]].)
=DESVESTPA(A1:A50) calcula la desviación estándar de los datos referenciados.
Número es el valor en el que calcular la distribución Weibull.
Intervalo o expresión de fórmula
Anchura en páginas
Borra la zona de impresión definida.
Se puede crear una contraseña para proteger un documento contra modificaciones no autorizadas o accidentales.
Subtotales
Añade la celda especificada en el cuadro Intervalo de datos de origen al cuadro Intervalos de consolidación.
Activar análisis detallado
No calcula subtotales.
Los resultados se muestran sin cambios
Especifica si se va a introducir manualmente el valor final de la agrupación.
Personalizar
Domingo únicamente
Máximo: Establece automáticamente el valor máximo del conjunto de datos para el máximo.
MULTIPLO.SUPERIOR.MAT
MULTIPLO.SUPERIOR.XCL
Función CONVERTIR
Onza
«Stone»
Grado Celsius
Grado Rankine
Onza líquida estadounidense
Número de días completos entre Fecha de inicio y Fecha de finalización.
Véanse también: PRONOSTICO.ETS.MULT, PRONOSTICO.ETS.ESTADISTICA.SUM, PRONOSTICO.ETS.ESTADISTICA.MULT, PRONOSTICO.ETS.PI.SUM, PRONOSTICO.ETS.PI.MULT, PRONOSTICO.ETS.ESTACIONALIDAD, PRONOSTICO, PRONOSTICO.LINEAL
=PRONOSTICO.ETS.MULT(FECHA(2014;1;1);Valores;Plazo;4;VERDADERO();7)
=HORA(C4) devuelve 17 si el contenido de C4 = 17:20:00.
=IM.SENO("4-3i") devuelve -7.61923172032141+6.548120040911i.
=SUMA(A1:E10) calcula la suma de todas las celdas en el intervalo de celdas A1-E10.
= DIA.LAB.INTLC3;D3) da el resultado: 10 de enero de 2017.
Tasa de cambio de agente
Selecciona exactamente Tamaño de muestra líneas de la tabla de origen de forma aleatoria.
+ Mayús + flecha
+ Av Pág
Selecciona el intervalo de la fórmula matricial en el que se encuentra el cursor.
+ 1 (no use el teclado numérico)
Cambia el foco recorriendo hacia delante las áreas y botones del diálogo.
Reconocer un nombre como referencia
Para escribir valores automáticamente en un área de celdas
Método y acción
Abra el Navegador. En el cuadro inferior del Navegador seleccione el archivo de origen.
Para el término Buscar, escriba: .*
Sitúe el cursor en una celda vacía, por ejemplo, J14, y seleccione Insertar ▸ Función.
Cambiar el ancla de una imagen
Vaya a Datos ▸ Filtro ▸ Restablecer filtro.
Seleccionar varias celdas dispersadas
Deshacer una selección
Alineación, ajustar texto, bordes externos, y más.
Pulse dos veces en un elemento del gráfico en el modo de edición:
Imprimir hojas en formato horizontal
Vaya a Herramientas ▸ Macros ▸ Editar macros.
En el EID de Basic, seleccione el origen de la función definida por el usuario y cópielo en el portapapeles.
Enlaces
Para mostrar u ocultar una leyenda, pulse en Activar o desactivar leyenda en la barra de herramientas Formato.
Activar o desactivar leyenda
Dejar salida
Añade líneas que subdividen el eje X en secciones más pequeñas.
Cuadrícula secundaria del eje X
Inicia con una línea horizontal, sube verticalmente hasta el centro de los valores de X y termina con una línea horizontal.
Tipo de gráfico Círculo
Tipo 4
Pulse en Propiedades para configurar los detalles de las curvas.
Seleccionar el objeto anterior.
Seleccionar el último objeto.
Calcula la suma de los valores de los registros para los campos asociados.
Las consultas de parámetros se pueden utilizar como fuente de datos para subformularios, para permitir que el usuario restrinja los registros mostrados.
Diseño de formularios
Aquí puede seleccionar las opciones que surtirán efecto cuando se realicen cambios a un campo de clave principal.
Muestra el tipo de base de datos.
Archivo de base de datos
Permite especificar las propiedades de una base de datos.
Sitio web externo sobre HSQL (en inglés).
La interfaz ADO es un contenedor privativo de Microsoft Windows para establecer conexiones con bases de datos.
Conexión directa para bases de datos MariaDB y MySQL
Ubicación y nombre de archivo
Importar y exportar datos en Base
Actualizar tablas
Aplica todos los cambios y cierra el asistente.
Seleccione los campos de las tablas de muestra proporcionadas como punto de partida para crear su propia tabla.
Inserta una copia de la página actual después de esta.
Agrupa los objetos seleccionados.
Elija Insertar capa.
Pulse en Aceptar. La capa nueva pasa a ser automáticamente la capa activa.
Trabajar con capas
Texto que cambia el tamaño de los caracteres para ajustarlos al tamaño del marco
Esta opción aparece solo para estilos de párrafo y de carácter.
Buscadores
Vaya a Archivo ▸ Previsualizar en navegador.
Abra un archivo de un tipo desconocido para LibreOffice y que no sea de texto.
Herramientas ▸ Macros ▸ Configuración de filtros XML. A continuación, pulse en Nuevo o en Editar.
En la ventana de un archivo de base de datos Texto, vaya a Editar ▸ Base de datos ▸ Propiedades.
Vaya a Ver ▸ Estilos, abra el menú contextual de una entrada y elija Modificar/Nuevo ▸ pestaña Disposición asiática.
Abrir en modo Diseño
Vaya a Editar ▸ Deshacer.
Vaya a Editar ▸ Buscar.
Abra el menú contextual del marco seleccionado y elija Propiedades.
Exporta el archivo actual como EPUB.
(Nombre de campo)
Seleccione el campo en la tabla de datos que corresponde a la entrada de la libreta de direcciones.
Páginas pares:
Bloque de caracteres
Si desea que la cabecera se extienda a los márgenes de la página, inserte un marco en ella.
Establezca las opciones de tipo de letra del texto seleccionado.
Elija la punta de flecha que desee aplicar a la línea seleccionada.
Seleccione un color que aplicar, guarde la lista de colores actual o cargue una lista distinta.
Modo de transparencia
Ajusta la transparencia del color de relleno. Introduzca un número entre 0 % (opaco) y 100 % (transparente).
Editor de motivos
Proteger
Desplaza el objeto seleccionado un nivel hacia arriba para acercarlo más a la parte superior del orden de apilado.
Alinea el texto en el extremo izquierdo de la línea de base.
Exploración con el navegador de origen de datos
Permite modificar el estilo de representación de la superficie 3D.
Especifique la distribución horizontal de los objetos seleccionados.
A --B (A, espacio, menos, menos, B)
Restablece las comillas a los símbolos predeterminados.
Pulse en el icono del engrane y, a continuación, seleccione Eliminar para borrar la barra de herramientas.
Guardar como paquete
Firmar digitalmente el espacio de firma
Añade un tema nuevo a la Galería y le permite elegir los archivos que deban incluirse en este.
Identificador
Seleccione la resolución deseada para las imágenes.
Declara el elemento como de solo lectura.
Máx. (exclusivo)
Imprimir archivo directamente
Campo de etiqueta
Ocultar columna
Los caracteres y sus códigos ASCII pueden verse en el cuadro de diálogo Caracteres especiales (menú Insertar ▸ Carácter especial).
Botón de ratón pulsado
EnControl - Propiedades, el campo seleccionado aparece como una entrada en la pestaña Datos con el nombre Campo de datos.
Acepta los formatos de la base de datos.
El programa busca todos los campos en los que el concepto de búsqueda se encuentra al final del campo.
Causa
Solarización
Si lo desea, podrá activar un menú contextual que reúne las órdenes más utilizadas.
Cierra la acción o el diálogo. Si está en la Ayuda de LibreOffice: sube un nivel.
Imprime el documento.
Baja una pantalla.
Elija el tipo de carta y el diseño de la página
Tipo de mensaje
Incluye una línea de tipo de comunicación. Seleccione la línea del cuadro de lista.
Ir a Asistente para faxes - Nombre y ubicación
Temas
Crear portada
URL para oyentes
Convierte documentos de Microsoft Office en el formato OpenDocument.
Documento sobre el Marco de Autenticación Empresarial (BAF) (PDF, en inglés)
Mantenga pulsado el icono Abrir de la barra de herramientas Estándar y seleccione Abrir archivo remoto en la parte inferior del menú que aparecerá.
Elija Entrar en el grupo.
Si el objeto se ancla a la página, las teclas RePág o AvPág lo desplazan a la página anterior o siguiente.
Elija Archivo ▸ Nuevo ▸ Etiquetas para abrir la ventana Etiquetas.
Grabar una macro
Aparece el diálogo Macro donde puede guardar y ejecutar la macro.
Algunos controles y campos de formularios de Microsoft Office
Media: hasta un 15 % del código puede restaurarse.
Ejemplo 1: creación de una carta comercial
Pulse en la pestaña Esquema para abrir la vista de esquema.
Para probar un filtro XML
En la lista de filtros, seleccione el filtro que quiere probar y pulse en Probar los XSLT.
Para eliminar un filtro XML instalado
Noruego nynorsk
Enviar comentarios
Reiniciar en modo a prueba de errores
Deshacer: entrada de datos
Previsualizar tipos de letra
Compatibilidad HTML
Leyenda automática
Define la configuración predeterminada para los nuevos documentos de hoja de cálculo.
Localiza win y win95, pero no os2win ni rewind
Cargar el código Basic
Define las propiedades de idiomas adicionales.
Añadir carpeta
Especifique el puerto SMTP.
Cada día
Al crear archivos PDF
Especifica que el servidor de correo de entrada utilizará IMAP.
Vaya a Insertar ▸ Insertar punto/línea de acoplamiento (solo en LibreOffice Draw)
Abra el menú contextual de un objeto seleccionado y elija Organizar ▸ Detrás del objeto
Eliminar imagen actual
Bucle y repetición tras
Tamaño del mosaico
El objeto seleccionado se convierte en un contorno y, a continuación, en un objeto 3D.
Introduzca el número de diapositivas que debe mostrarse en cada fila en el Clasificador de diapositivas.
Cuando se cambia el tamaño de un objeto, el punto de unión actual permanece fijo en el centro vertical del objeto.
Conector curvo con flecha al final
Editar puntos.
Escriba un nombre para la plantilla. No cambie la categoría de «Mis plantillas». Pulse en Aceptar.
Pulse sobre un punto de conexión, arrastre hasta un punto de conexión en otra forma y suelte el botón.
Seleccione Color y pulse uno de los colores de la tabla.
En LibreOffice Draw, elija Forma ▸ Convertir ▸ En curva.
Galería
Cambiar nombre de diapositiva
Sin ajuste
Vaya a Editar ▸ Entrada bibliográfica
Subir un nivel
También puede insertar un salto de renglón predeterminado al presionar Mayús + Intro.
Ejecutar macro
Muestra el cuadro de diálogo Editar campos: funciones, donde se puede editar la Lista de entrada.
Aplicar a todos los textos iguales
Incluye una fila de título en la tabla.
Establece una altura máxima para el área de notas al pie. Active esta opción y después introduzca la altura.
Se cargó la imagen correctamente
Muestra las columnas de la tabla situadas a la derecha de la columna actual.
Seleccione el estilo de página que quiera usar para las notas finales.
Este documento debe contener un saludo
Especifique la colocación de los campos de datos de dirección en un bloque de direcciones en documentos de combinar correspondencia.
Seleccione la tabla que desea utilizar para direcciones de combinar correspondencia.
Defina el número de portadas que añadir y
Pulse dos veces en el estilo de página que quiera aplicar.
Para conservar la sangría pero quitar viñetas o numeraciones, coloque el cursor al principio del párrafo y presione Retroceso.
Calcula el valor mínimo de un área o de una lista.
Ejemplo: MAX 10|30|20 muestra 30,00
Insertar pie de página
Insertar o editar tablas
Mayús + →
Seleccione los caracteres.
Añadir números de capítulos a las leyendas
Vaya a Insertar ▸ Campo ▸ Número de páginas y, a continuación, introduzca un espacio.
Seleccione el campo y elija Editar - Cortar.
Insertar números de páginas de las páginas de continuación
Pulse sobre una nota al pie o una nota final.
Escribir y formatear textos
En la lista de estilos de página, con el botón secundario del ratón pulse en un elemento y elija Nuevo.
Si ve el texto «Número de página» en vez del número, diríjase a Ver ▸ Nombres de campos ().
Para insertar secciones de texto que usen una disposición de columnas diferente del estilo de página actual.
Atajos de teclado para documentos de texto
Sitúe el cursor en el documento donde desee insertar la tabla.
Para insertar una tabla con una orden de menú
Mueve el cursor al pie de página.
Estilo/relleno de área
