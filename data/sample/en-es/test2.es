Tecla F3
Vaya a Editar ▸ Error anterior
Tecla F9
Vaya a Ver ▸ Elementos; luego, en el cuadro de lista del panel Elementos, seleccione Funciones.
Abra el menú contextual en el cuadro Órdenes y elija Atributos
Vaya a Ver ▸ Elementos; luego, en el cuadro de lista del panel Elementos, seleccione Atributos.
Abra el menú contextual en el cuadro Órdenes y elija Formatos
Vaya a Ver ▸ Elementos; luego, en el cuadro de lista del panel Elementos, seleccione Operaciones de conjunto.
Elija Formato ▸ Tipos de letra
Vaya a Formato ▸ Alinear
Elija Formato ▸ Modo de texto
Cursor de fórmula
Marca siguiente
Mueve el cursor al marcador anterior (a la izquierda).
Mueve el cursor al error siguiente (a la derecha).
Coloca el cursor en el error anterior.
Esta orden actualiza la fórmula en la ventana del documento.
Los cambios que realice en el cuadro Órdenes se actualizan automáticamente si se activa la opción Actualizar vista automáticamente.
Actualizar vista automáticamente
Elementos
Esta es una lista de operadores, funciones, símbolos y opciones de formato que pueden insertarse en la fórmula.
Operadores de conjuntos
Paréntesis
Ejemplos de LibreOffice Math
Operadores unarios y binarios
Signo +
Inserta un signo de resta con un hueco. También puede escribir -<?> en el cuadro Órdenes.
Inserta un signo de suma con dos huecos. También puede escribir <?>+<?> en el cuadro Órdenes.
Multiplicación (punto)
Multiplicación (cruz)
Multiplicación (asterisco)
Inserta un signo de resta con dos huecos. También puede escribir <?>-<?> en el cuadro Órdenes.
Inserta una fracción con dos huecos. También puede escribir <?>over<?> en el cuadro Órdenes.
División (barra oblicua)
O lógico
Concatenar
La orden <?>oplus<?> inserta en el documento un carácter de adición, rodeado por un círculo.
es idéntico
es ortogonal a
Inserta el carácter divide. También puede escribir <?> divides <?> en el cuadro Órdenes.
no divide
es paralelo a
menor que o igual a (oblicuo)
tiende a
flecha doble hacia la izquierda y derecha
precede
no tiene éxito
precede o es igual
precede o equivale a
Inserta el operador lógico sucede o es equivalente con dos huecos. También puede escribir succsim en el cuadro Órdenes.
Escriba ll o << en el cuadro Órdenes para insertar la relación mucho menor que en la fórmula.
La relación «se define como» se inserta con dos huecos mediante <?>def<?>.
Con la orden <?>transr<?> se inserta un carácter de correspondencia «original de» con dos huecos.
Inserta un signo de suma con un hueco. También puede escribir sum <?> directamente en el cuadro Órdenes.
Inserta un signo de producto con un hueco. También puede escribir prod <?> directamente en el cuadro Órdenes.
Límite inferior
Inserta un símbolo de integral curvilínea con un hueco. También puede escribir lint <?> directamente en el cuadro Órdenes.
Integral curvilínea doble
Límite superior
La orden liminf inserta el límite inferior con un hueco.
Lista de funciones
Logaritmo natural
Función exponencial
Inserta una función exponencial con un hueco. También puede escribir exp(<?>) en el cuadro Órdenes.
Inserta un seno hiperbólico con un hueco. También puede escribir sinh(<?>) en el cuadro Órdenes.
Raíz cuadrada
Inserta un símbolo de raíz cuadrada con un hueco. También puede escribir sqrt(<?>) en el cuadro Órdenes.
Coseno hiperbólico
Inserta un signo de coseno hiperbólico con un hueco. También puede escribir cosh(<?>) en el cuadro Órdenes.
Inserta un signo de tangente hiperbólica con un hueco. También puede escribir tanh(<?>) en el cuadro Órdenes.
Cotangente hiperbólica
Inserta un signo de cotangente hiperbólica con un hueco. Puede escribir coth(<?>) directamente en el cuadro Órdenes.
Raíz enésima
Inserta una función arcoseno con un hueco. También puede escribir arcsin(<?>) en el cuadro Órdenes.
Arcocoseno
Inserta un signo de valor absoluto con un hueco. También puede escribir abs(<?>) en el cuadro Órdenes.
Inserta una función coseno hiperbólico de área con un hueco. También puede escribir arcosh(<?>) en el cuadro Órdenes.
Tipos de paréntesis
Inserta un hueco dentro de paréntesis curvos normales. También puede escribir (<?>) en el cuadro Órdenes.
Inserta un hueco entre llaves. También puede escribir lbrace<?>rbrace directamente en el cuadro Órdenes.
Líneas simples
Líneas dobles
Inserta un hueco dentro de barras verticales dobles. También puede escribir ldline <?> rdline directamente en el cuadro Órdenes.
Inserta un hueco dentro de paréntesis angulares. También puede escribir langle <?> rangle en el cuadro Órdenes.
Paréntesis de agrupamiento
Inserta paréntesis de agrupamiento. También puede escribir {<?>} en el cuadro Órdenes.
Paréntesis (ampliables)
Corchetes dobles (ampliables)
Barras verticales dobles (redimensionables)
Paréntesis angulares (ampliables)
Para insertar paréntesis ampliables de múltiplo superior, escriba lceil<?>rceil directamente en el cuadro Órdenes.
Para insertar paréntesis ampliables de múltiplo inferior, escriba left lfloor<?>right rfloor directamente en el cuadro Órdenes.
Para insertar paréntesis ampliables de múltiplo superior, escriba left lceil<?>right rceil directamente en el cuadro Órdenes.
Ejemplos de paréntesis individuales
Acento grave
Inserta un hueco con un acento grave. También puede escribir grave <?> en el cuadro Órdenes.
Inserta un hueco con una flecha vectorial. También puede escribir vec <?> en el cuadro Órdenes.
Virgulilla
Inserta una línea sobre un hueco. También puede escribir bar <?> en el cuadro Órdenes.
Flecha vectorial larga
Inserta una flecha vectorial ancha con un hueco. También puede escribir widevec en el cuadro Órdenes.
Virgulilla ancha
Inserta un signo circunflejo con un hueco. También puede escribir widehat en el cuadro Órdenes.
Línea encima
Línea debajo
Inserta tres puntos sobre un hueco. También puede escribir dddot <?> en el cuadro Órdenes.
Inserta un hueco con formato de negrita. También puede escribir bold<?> en el cuadro Órdenes.
Bastardilla
Cambiar tipo de letra
La información sobre Atributos, Índices y exponentes y Escala le ayudará a estructurar sus documentos de manera más eficiente.
Superíndice arriba
Disposición vertical (dos elementos)
Inserta un renglón nuevo en el documento. También puede escribir newline directamente en el cuadro Órdenes.
Subíndice a la izquierda
Subíndice abajo
Disposición vertical (tres elementos)
Espacio
Para alineaciones, resultan bastante útiles las órdenes alignl, alignc y alignr, en especial si Ud.
alinea numeradores y denominadores; por ejemplo: {alignl a}over{b+c}
comienza un renglón nuevo; por ejemplo: a+b-c newline alignr x/y
no está contenido en
Unión
conjunto no parcial o igual
conjunto no superior o igual
Conjunto de números naturales
Conjunto de números enteros
Conjunto de números complejos
Símbolos con índices
A continuación se incluye un ejemplo de cómo utilizar diferentes tipos y tamaños de letra con LibreOffice Math.
Aquí se presenta un ejemplo de cómo utilizar diferentes atributos dentro de una fórmula en LibreOffice Math.
Los paréntesis sólo se podrán utilizar con la correspondiente pareja. Los paréntesis tienen los siguientes puntos en común:
Todos los paréntesis tienen una función de agrupación, tal como se ha descrito en el caso de las llaves «{}».
Todos los paréntesis, los visibles también, permiten definir grupos vacíos. En tal caso, la expresión que encierran puede estar vacía.
El resumen completo es el siguiente:
Ejemplos con size +n para efectuar una comparación. Muestran un aspecto idéntico:
Por el contrario ya no resulta posible seguir las pautas siguientes:
Símbolo del panel Elementos
Signo −
Signo de más/de menos
Adición
Signo +
Operador binario. Lo sigue un símbolo definido por el usuario que se empleará como operador binario.
Operador unario. Lo sigue un símbolo definido por el usuario que se empleará como operador unario.
Barra oblicua / en círculo
Símbolo de suma en círculo
Operación booleana OR
Signo de multiplicación en círculo
División/Fracción
Barra oblicua inversa \ entre dos caracteres, de los que el derecho está en superíndice, el izquierdo en subíndice
Barra oblicua / entre dos caracteres, de los que el izquierdo está en superíndice y el derecho en subíndice
Flecha doble hacia la derecha
Es paralelo a
Es similar a
Precede
Éxito
Sin éxito
Sucede o es igual a
Símbolo de correspondencia original de
Operadores de conjuntos
Intersección de conjuntos
No conjunto superior
Número complejo
Diferencia entre conjuntos
Número racional
Unión de conjuntos
Cantidad absoluta
Coseno o arcocoseno inverso
tangente hiperbólica inversa
Épsilon posterior
Coseno hiperbólico
Logaritmo general
Enésima raíz de x
Raíz cuadrada
Límite inferior de un operador
Intervalo de ... a
Integral triple
Límites inferiores
Integral curvilínea doble
Límites
Círculo sobre un carácter
Acento grave sobre un carácter
Quitar el atributo Itálica
acento circunflejo ancho, se ajusta al tamaño del carácter
virgulilla ancha, se ajusta al tamaño del carácter
flecha vectorial ancha, se ajusta al tamaño del carácter
Elipsis vertical
h barrada
Parte imaginaria de un número complejo
Infinito
función p, p de Weierstraß
Paréntesis izquierdo y derecho
Líneas verticales dobles izquierda y derecha
Llave izquierda y derecha, llave de conjunto
Paréntesis angular izquierdo y derecho
Paréntesis angular de operador izquierdo y derecho
Paréntesis, ampliables
Corchetes dobles, ampliables
Líneas sencillas, ampliables
Líneas dobles, ampliables
Paréntesis angulares, ampliables
Paréntesis angular de operador izquierdo y derecho ampliable
Llave de conjunto ampliable en parte superior
Exponente a la izquierda
Exponente directamente sobre un carácter
Posicionamiento vertical
Símbolos a detalle
Inserta el símbolo para un cuantificador de existencia. Orden para el cuadro Órdenes: exists
Para todo
h barrada
Inserta el símbolo para la constante h barrada. Orden para el cuadro Órdenes: hbar
Inserta el símbolo de la parte real de un número complejo. Orden para el cuadro Órdenes: re
Parte imaginaria
Inserta el símbolo de la parte imaginaria de un número complejo. Orden para el cuadro Órdenes: im
p de Weierstraß
Este icono inserta una flecha hacia arriba. Orden para el cuadro Órdenes: uparrow
Flecha hacia abajo
Este icono inserta unos puntos suspensivos (tres puntos horizontales bajos). Orden para el cuadro Órdenes: dotslow
Puntos suspensivos en diagonal ascendente
Puntos suspensivos en diagonal descendente
Para insertar un hueco de texto en la fórmula, escriba <?> en el cuadro Órdenes.
Define los tipos de letra que se pueden aplicar en los elementos de las fórmulas.
Defina aquí los tipos de letra para el texto de la fórmula.
Estos tipos de letra personalizados se utilizan si especifica un tipo de letra distinto en el cuadro Órdenes mediante la orden FONT.
Palo seco
Puede especificar el tipo de letra que utilizará para el formato de letra fixed.
Predeterminar
Permite asignar atributos adicionales a la fuente seleccionada.
Active esta casilla para aplicar el atributo itálica al tipo de letra.
Tamaños relativos
Seleccionar el tamaño relativo para nombres y otros elementos de funciones en una formula en proporción al tamaño base.
Seleccionar el tamaño relativo de operadores matemática en una formula en proporción al tamaño base.
Límites
Este botón permite seleccionar la categoría para la que desea modificar el espacio.
Define el espacio entre variables y operadores.
Determina el espacio para los subíndices y superíndices.
Determina el espacio para los superíndices.
Fracciones
Denominador
Líneas de fracción
Determina la longitud excesiva de la línea de fracción.
Determina el espesor del trazo de la línea de fracción.
Altura máxima
Determina el espacio entre el símbolo de suma y el límite superior.
Altura mínima
Determina el espacio entre el símbolo de suma y el límite inferior.
Determina la distancia vertical entre el borde superior del contenido y el extremo superior de los paréntesis.
Distancia entre columnas
Determina los espacios de los símbolos respecto a las variables.
Determina la distancia mínima entre un símbolo y una variable.
Determina los espacios entre los operadores y las variables o números.
Determina la altura desde la variable hasta el borde superior del operador.
Guarda los cambios realizados como valores predeterminados para todas las fórmulas nuevas. Antes de guardar los cambios se mostrará un mensaje de seguridad.
Determina el tipo de alineación horizontal de las fórmulas que ocupen varias líneas.
Alineación de la fórmula en el centro.
Alineación de la fórmula a la derecha.
Modo texto
Editar símbolos
Conjunto de símbolos anterior
Crear un conjunto de símbolos
Se muestra el tipo de letra actual. Puede modificarlo al seleccionar uno en el cuadro de lista.
Importar fórmula desde archivo
Moléculas
Combinaciones de teclas para las fórmulas
Combinaciones de teclas para las funciones en los documentos de fórmula
Marca anterior (sustitutivo)
Saltar del primer elemento de la categoría a la primera función de la categoría.
Alinear manualmente partes de las fórmulas
"Un ejemplo más." newline a+b newline ""c-d
Puede quitar estos atributos mediante «nbold» y «nitalic». Ejemplo:
Utilice la orden color rgb para aplicar colores utilizando valores RGB (rojo, verde, azul).
Nombres de los colores predefinidos
Valores RGB
fuchsia o magenta
Añil
Lavanda
Bermellón
Plateado
Violeta
Puede controlar LibreOffice Math sin ratón.
Verá el cuadro de entrada de Math y el panel Elementos a la izquierda.
En la lista ubicada en la parte superior del panel Elementos, seleccione Operadores.
En la parte inferior del panel Elementos, pulse en el icono Sumatoria.
Pulse luego el icono Límites superior e inferior, para activar los límites inferior y superior.
En la ventana de entrada, se selecciona el primer hueco o marcador, donde ya puede introducir el límite inferior:
Presione F4 para avanzar al siguiente marcador, e ingrese el límite superior:
Pulse en la ventana de entrada y escriba la siguiente línea:
Ejemplo de intervalos de integral y de sumatoria
Instrucciones para LibreOffice Math
Introducir texto
Le damos la bienvenida a la ayuda de LibreOffice Math
Cómo trabajar con LibreOffice Math
Eche un vistazo a www.dmaths.org para obtener un conjunto de iconos y macros adicionales para LibreOffice Math.
Este menú contiene las órdenes generales para trabajar con documentos de fórmulas, como abrir, guardar e imprimir.
Contiene las órdenes necesarias para dar formato a las fórmulas.
Este menú le permite abrir ventanas nuevas y le ofrece la lista de documentos.
Importar fórmula
La barra de estado muestra información acerca del documento activo.
Crear una fórmula
Escribir una fórmula directamente
Símbolos individuales
