<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>RasterDL</name>
    <message>
        <location filename="../algorithms/base.py" line="39"/>
        <source>pixel classification</source>
        <translation>clasificación de píxeles</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="40"/>
        <source>object classification</source>
        <translation>clasificación de objetos</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="41"/>
        <source>object detection</source>
        <translation>detección de objetos</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="42"/>
        <source>instance segmentation</source>
        <translation>segmentación de instancias</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="43"/>
        <source>change detection</source>
        <translation>detección de cambios</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="44"/>
        <source>super resolution</source>
        <translation>superresolución</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="45"/>
        <source>image translation</source>
        <translation>traducción de imágenes</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="46"/>
        <source>pixel regression</source>
        <translation>regresión de píxeles</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="47"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="65"/>
        <source>an Esri model definition (.emd), a deep-learning package (.dlpk), a bare ONNX model (.onnx; settings from its Deepness/GeoDeep metadata, or inferred from its input and output shapes) or a model definition as a JSON string. Python code inside a .dlpk is never run.</source>
        <translation>una definición de modelo de Esri (.emd), un paquete de aprendizaje profundo (.dlpk), un modelo ONNX sin más (.onnx; ajustes leídos de sus metadatos Deepness/GeoDeep, o deducidos de las formas de sus entradas y salidas) o una definición de modelo como cadena JSON. El código Python incluido en un .dlpk nunca se ejecuta.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="88"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="88"/>
        <source>Outputs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="133"/>
        <source>The disk is full: cannot write &apos;{0}&apos; ({1}). Free some space or choose another folder.</source>
        <translation>El disco está lleno: no se puede escribir «{0}» ({1}). Libere espacio o elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="136"/>
        <source>Cannot read or write &apos;{0}&apos;: {1}.</source>
        <translation>No se puede leer ni escribir «{0}»: {1}.</translation>
    </message>
    <message>
        <location filename="../algorithms/chip_footprints.py" line="82"/>
        <source>Could not write the chip footprint of {0}.</source>
        <translation>No se pudo escribir la huella del recorte {0}.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="55"/>
        <source>Classify Objects Using Deep Learning</source>
        <translation>Clasificar objetos mediante aprendizaje profundo</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="59"/>
        <source>Runs an ONNX image classifier on a raster and gives every input feature a class label, e.g. buildings labelled damaged or undamaged from post-disaster imagery.</source>
        <translation>Ejecuta un clasificador de imágenes ONNX sobre un ráster y asigna una etiqueta de clase a cada objeto espacial de entrada, p. ej. edificios etiquetados como dañados o no dañados a partir de imágenes posteriores a un desastre.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="63"/>
        <source>One chip per feature: with the model&apos;s CropSizeFixed = 1 a window of the model&apos;s image size centred on the feature, with 0 the feature&apos;s bounding box resized to the model input; points always get the fixed window and lines their bounding box. BlackenAroundFeature = 1 sets pixels outside a polygon to 0. Features in another CRS are reprojected to the raster&apos;s.</source>
        <translation>Un recorte por objeto espacial: con CropSizeFixed = 1 en el modelo, una ventana del tamaño de imagen del modelo centrada en el objeto; con 0, el rectángulo envolvente del objeto redimensionado a la entrada del modelo; los puntos reciben siempre la ventana fija y las líneas su rectángulo envolvente. BlackenAroundFeature = 1 pone a 0 los píxeles fuera de un polígono. Los objetos espaciales en otro SRC se reproyectan al SRC del ráster.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="69"/>
        <source>Without input features each image is classified whole: a georeferenced image gives one feature with its footprint, an image without georeference a row without geometry; the Image field holds its name.</source>
        <translation>Sin objetos espaciales de entrada, cada imagen se clasifica entera: una imagen georreferenciada da un objeto espacial con su huella, una imagen sin georreferencia una fila sin geometría; el campo Image contiene su nombre.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="77"/>
        <source>a feature is classified on every raster it overlaps, one row per raster, named in the Image field.</source>
        <translation>un objeto espacial se clasifica en cada ráster con el que se solapa, con una fila por ráster, cuyo nombre figura en el campo Image.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="83"/>
        <source>batch_size (chips per model run; default the model&apos;s, else 4), test_time_augmentation (default false; true merges 8 flips and rotations in MAP_SPACE, 2 in PIXEL_SPACE) and score_threshold (minimum confidence, 0-1: below it the label and value stay empty while the confidence is still written; default the model&apos;s, else 0.5)</source>
        <translation>batch_size (recortes por ejecución del modelo; predeterminado el del modelo, si no 4), test_time_augmentation (predeterminado false; true combina 8 volteos y rotaciones en MAP_SPACE, 2 en PIXEL_SPACE) y score_threshold (confianza mínima, 0-1: por debajo, la etiqueta y el valor quedan vacíos mientras la confianza se escribe igualmente; predeterminado el del modelo, si no 0.5)</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="93"/>
        <source>The raster to read the chips from: GeoTIFF, VRT, GeoPackage raster or any other raster QGIS opens with a fixed size (not a web layer).</source>
        <translation>El ráster del que se leen los recortes: GeoTIFF, VRT, ráster GeoPackage o cualquier otro ráster de tamaño fijo que abra QGIS (no una capa web).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="97"/>
        <source>Optional. Points, lines or polygons in any CRS (reprojected to the raster&apos;s), one chip each. Features outside the raster keep an empty label and are counted in the log; an empty layer gives an empty output and a warning. Without features each image is classified whole.</source>
        <translation>Opcional. Puntos, líneas o polígonos en cualquier SRC (reproyectados al SRC del ráster), un recorte cada uno. Los objetos espaciales fuera del ráster conservan una etiqueta vacía y se cuentan en el registro; una capa vacía da una salida vacía y una advertencia. Sin objetos espaciales, cada imagen se clasifica entera.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="102"/>
        <source>Name of the field that receives the class name (default ClassLabel). A field of that name in the input features is reused when it holds text; one of another type is an error.</source>
        <translation>Nombre del campo que recibe el nombre de la clase (predeterminado ClassLabel). Un campo con ese nombre en los objetos espaciales de entrada se reutiliza si contiene texto; uno de otro tipo es un error.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="106"/>
        <source>The input geometry and attributes plus the label field (class name), Confidence (0-1) and ClassValue; an Image field names the raster without input features or with processing mode 1.</source>
        <translation>La geometría y los atributos de entrada más el campo de etiqueta (nombre de la clase), Confidence (0-1) y ClassValue; un campo Image indica el ráster cuando no hay objetos espaciales de entrada o con el modo de procesamiento 1.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="114"/>
        <source>The classified features.</source>
        <translation>Los objetos espaciales clasificados.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="122"/>
        <source>Input features (points, lines or polygons)</source>
        <translation>Objetos espaciales de entrada (puntos, líneas o polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="128"/>
        <source>Class label field</source>
        <translation>Campo de etiqueta de clase</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="131"/>
        <source>Classified objects</source>
        <translation>Objetos clasificados</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="166"/>
        <location filename="../algorithms/detect_objects.py" line="246"/>
        <source>The output layer could not be created.</source>
        <translation>No se pudo crear la capa de salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="190"/>
        <source>No label</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="216"/>
        <source>The input feature layer is empty: the output layer is empty too.</source>
        <translation>La capa de objetos espaciales de entrada está vacía: la capa de salida también lo está.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="236"/>
        <location filename="../algorithms/detect_objects.py" line="322"/>
        <location filename="../algorithms/export_training_data.py" line="496"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="261"/>
        <source>The input features already have a field &apos;{0}&apos; of type {1}: choose another class label field name, or rename that field.</source>
        <translation>Los objetos espaciales de entrada ya tienen un campo «{0}» de tipo {1}: elija otro nombre para el campo de etiqueta de clase o cambie el nombre de ese campo.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="297"/>
        <source>{0}: {1} ({2:.2f})</source>
        <translation>{0}: {1} ({2:.2f})</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="336"/>
        <source>{0} features lie outside &apos;{1}&apos; and keep an empty label.</source>
        <translation>{0} objetos espaciales quedan fuera de «{1}» y conservan una etiqueta vacía.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="359"/>
        <source>0 of {0} rows labelled: no feature overlaps the imagery. Check that the features and the raster cover the same place (and their coordinate reference systems).</source>
        <translation>0 de {0} filas etiquetadas: ningún objeto espacial se solapa con las imágenes. Compruebe que los objetos espaciales y el ráster cubren el mismo lugar (y sus sistemas de referencia de coordenadas).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="365"/>
        <source>{0} of {1} rows labelled.</source>
        <translation>{0} de {1} filas etiquetadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="95"/>
        <source>Classify Pixels Using Deep Learning</source>
        <translation>Clasificar píxeles mediante aprendizaje profundo</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="99"/>
        <source>Runs a pixel-classification (segmentation) ONNX model over a raster of any size and writes a classified raster whose pixels hold the model&apos;s class values, styled with the class names and colours (colour table, raster attribute table and a .qml style), and optionally a probability raster (one float32 band per class).</source>
        <translation>Ejecuta un modelo ONNX de clasificación de píxeles (segmentación) sobre un ráster de cualquier tamaño y escribe un ráster clasificado cuyos píxeles contienen los valores de clase del modelo, con la simbología de los nombres y colores de las clases (tabla de colores, tabla de atributos ráster y un estilo .qml), y opcionalmente un ráster de probabilidades (una banda float32 por clase).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="105"/>
        <source>The raster is processed in tiles of tile_size pixels (N for square tiles, or W,H for width and height, written WxH on the qgis_process command line: a model trained on 800 x 608 images takes 800,608, its default) read with padding pixels of context on each side; neighbouring tiles overlap by twice the padding and their predictions are blended with a smooth window, so no seam shows. Tiles at the right and bottom edges extend past the raster: the missing pixels are filled with 0 and never written. The output is the same whatever the batch size.</source>
        <translation>El ráster se procesa en teselas de tile_size píxeles (N para teselas cuadradas, o W,H para la anchura y la altura, escrito WxH en la línea de comandos de qgis_process: un modelo entrenado con imágenes de 800 x 608 toma 800,608, su valor predeterminado) leídas con padding píxeles de contexto a cada lado; las teselas vecinas se solapan el doble del margen y sus predicciones se fusionan con una ventana suave, de modo que no se ve ninguna costura. Las teselas de los bordes derecho e inferior sobresalen del ráster: los píxeles que faltan se rellenan con 0 y nunca se escriben. El resultado es el mismo sea cual sea el tamaño de lote.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="114"/>
        <source>The output is written to a temporary file and moved in place only when the run succeeds: a cancelled or failed run leaves nothing behind and never replaces an existing file. The log names the execution provider and the throughput (tiles/s).</source>
        <translation>La salida se escribe en un archivo temporal y se mueve a su lugar solo si la ejecución termina bien: una ejecución cancelada o fallida no deja nada y nunca sustituye un archivo existente. El registro indica el proveedor de ejecución y el rendimiento (teselas/s).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="122"/>
        <source>each raster is classified into &lt;output&gt;_&lt;input name&gt; beside the classified raster (and into &lt;probability raster&gt;_&lt;input name&gt; when a probability raster is given).</source>
        <translation>cada ráster se clasifica en &lt;salida&gt;_&lt;nombre de entrada&gt; junto al ráster clasificado (y en &lt;ráster de probabilidades&gt;_&lt;nombre de entrada&gt; si se indica un ráster de probabilidades).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="128"/>
        <source>padding (pixels of context read on each side of a tile; default the model&apos;s, else a quarter of the tile size), batch_size (tiles per model run; default the model&apos;s, else 4), predict_background (false: class 0 never wins; default false for an Esri model listing two or more classes, none of Value 0, as ArcGIS Pro does, else true), test_time_augmentation (default false; true merges 8 flips and rotations in MAP_SPACE, 2 in PIXEL_SPACE), merge_policy (mean, max or min: how test-time augmentation merges the predictions; default mean), tile_size (pixels; default the model&apos;s tile size), threshold (minimum probability of the winning class, below which a pixel gets the background class or nodata; for two-class and sigmoid models the probability of class 1; default the model&apos;s, else 0.5 with two classes and 0 with more) and return_probability_raster (default false; true also writes the probabilities into &lt;output&gt;_probabilities.tif when no probability raster is given); for a model with several outputs, output_index (default 0) picks the output to classify. Channels in [0, 1] that do not sum to 1 are independent probabilities: each is thresholded (0.5 when threshold is 0), the best above it wins, the background where none is.</source>
        <translation>padding (píxeles de contexto leídos a cada lado de una tesela; predeterminado el del modelo, si no la cuarta parte del tamaño de tesela), batch_size (teselas por ejecución del modelo; predeterminado el del modelo, si no 4), predict_background (false: la clase 0 nunca gana; predeterminado false para un modelo de Esri que enumera dos o más clases, ninguna con Value 0, como hace ArcGIS Pro, si no true), test_time_augmentation (predeterminado false; true combina 8 volteos y rotaciones en MAP_SPACE, 2 en PIXEL_SPACE), merge_policy (mean, max o min: cómo combina las predicciones el aumento en tiempo de prueba; predeterminado mean), tile_size (píxeles; predeterminado el tamaño de tesela del modelo), threshold (probabilidad mínima de la clase ganadora, por debajo de la cual un píxel recibe la clase de fondo o nodata; en los modelos de dos clases y sigmoides, la probabilidad de la clase 1; predeterminado el del modelo, si no 0.5 con dos clases y 0 con más) y return_probability_raster (predeterminado false; true escribe además las probabilidades en &lt;output&gt;_probabilities.tif cuando no se indica ningún ráster de probabilidades); para un modelo con varias salidas, output_index (predeterminado 0) elige la salida que se clasifica. Los canales en [0, 1] cuya suma no es 1 son probabilidades independientes: a cada uno se le aplica el umbral (0.5 cuando threshold es 0), gana el mejor que lo supera y, donde ninguno lo supera, el fondo.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="148"/>
        <source>Optional. Only the part of the raster inside this extent is classified, and the output covers that part only (snapped outwards to the raster&apos;s pixels); needed for a web layer. Default: the whole raster.</source>
        <translation>Opcional. Solo se clasifica la parte del ráster dentro de esta extensión, y la salida cubre solo esa parte (ajustada hacia fuera a los píxeles del ráster); necesaria para una capa web. Predeterminado: todo el ráster.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="153"/>
        <source>Optional. The cell size to read the input at, in its map units. Empty (default): the input&apos;s own cell size, unless the model states the cell size it was trained at and the input&apos;s differs: then the input is read at that size on the ground (in EPSG:3857 metres / cos(latitude)); web layers are read at it, or at their finest zoom when the model states none. The log says at which cell size, ground distance and web-map zoom. The result is always written on the input&apos;s grid.</source>
        <translation>Opcional. El tamaño de celda con el que se lee la entrada, en sus unidades de mapa. Vacío (predeterminado): el tamaño de celda propio de la entrada, salvo que el modelo indique el tamaño de celda con el que se entrenó y el de la entrada sea distinto: entonces la entrada se lee con ese tamaño sobre el terreno (en metros EPSG:3857 / cos(latitud)); las capas web se leen con él, o con su zoom más fino si el modelo no indica ninguno. El registro indica el tamaño de celda, la distancia sobre el terreno y el nivel de zoom del mapa web utilizados. El resultado siempre se escribe en la cuadrícula de la entrada.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="161"/>
        <source>Optional. Only pixels inside these polygons are classified; outside them, and where the input is nodata, the output is nodata.</source>
        <translation>Opcional. Solo se clasifican los píxeles dentro de estos polígonos; fuera de ellos y donde la entrada es nodata, la salida es nodata.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="165"/>
        <source>The classified raster: a GeoTIFF (tiled, DEFLATE) holding the model&apos;s class values in the smallest integer type that holds them, with a colour table, a raster attribute table (Value/Class/Red/Green/Blue) and a .qml style beside it.</source>
        <translation>El ráster clasificado: un GeoTIFF (en teselas, DEFLATE) con los valores de clase del modelo en el tipo entero más pequeño que los contiene, con una tabla de colores, una tabla de atributos ráster (Value/Class/Red/Green/Blue) y un estilo .qml a su lado.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="170"/>
        <source>Optional, not created by default. A GeoTIFF with one float32 band per class, holding the probability of that class.</source>
        <translation>Opcional, no se crea por defecto. Un GeoTIFF con una banda float32 por clase que contiene la probabilidad de esa clase.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="178"/>
        <source>The classified raster (the first one with processing mode 1).</source>
        <translation>El ráster clasificado (el primero con el modo de procesamiento 1).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="179"/>
        <source>The probability raster, when one was asked for.</source>
        <translation>El ráster de probabilidades, si se ha pedido.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="180"/>
        <source>Every classified raster written, separated by semicolons.</source>
        <translation>Todos los rásteres clasificados escritos, separados por punto y coma.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="181"/>
        <source>The onnxruntime execution provider that ran the model.</source>
        <translation>El proveedor de ejecución de onnxruntime que ejecutó el modelo.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="189"/>
        <location filename="../algorithms/detect_objects.py" line="193"/>
        <location filename="../algorithms/export_training_data.py" line="304"/>
        <source>Processing extent</source>
        <translation>Extensión de procesamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="193"/>
        <source>Cell size (empty: input&apos;s, or the model&apos;s training cell size)</source>
        <translation>Tamaño de celda (vacío: el de la entrada o el tamaño de celda de entrenamiento del modelo)</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="201"/>
        <location filename="../algorithms/detect_objects.py" line="197"/>
        <location filename="../algorithms/export_training_data.py" line="277"/>
        <source>Mask polygons</source>
        <translation>Polígonos de máscara</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="204"/>
        <source>Classified raster</source>
        <translation>Ráster clasificado</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="208"/>
        <source>Probability raster</source>
        <translation>Ráster de probabilidades</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="213"/>
        <source>Classified rasters written</source>
        <translation>Rásteres clasificados escritos</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="214"/>
        <source>Execution provider used</source>
        <translation>Proveedor de ejecución utilizado</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="240"/>
        <source>Processing {0} rasters as one mosaic.</source>
        <translation>Procesando {0} rásteres como un único mosaico.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="266"/>
        <source>The model has {0} outputs ({1}); classifying output {2} &apos;{3}&apos;. Set the model argument output_index to classify another one.</source>
        <translation>El modelo tiene {0} salidas ({1}); se clasifica la salida {2} «{3}». Indique el argumento del modelo output_index para clasificar otra.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="282"/>
        <source>Raster {0} of {1}: {2}</source>
        <translation>Ráster {0} de {1}: {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="315"/>
        <source>as in ArcGIS Pro: the model lists {0} classes and none has Value 0, so the background channel arcgis.learn adds at training never wins</source>
        <translation>como en ArcGIS Pro: el modelo enumera {0} clases y ninguna tiene Value 0, así que el canal de fondo que arcgis.learn añade en el entrenamiento nunca gana</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="319"/>
        <source>as in ArcGIS Pro: the model has a class of Value 0</source>
        <translation>como en ArcGIS Pro: el modelo tiene una clase con Value 0</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="320"/>
        <source>as in ArcGIS Pro: the model lists at most one class</source>
        <translation>como en ArcGIS Pro: el modelo enumera como mucho una clase</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="321"/>
        <source>the model is not an Esri definition</source>
        <translation>el modelo no es una definición de Esri</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="326"/>
        <source>predict_background: {0} (the default, {1}).</source>
        <translation>predict_background: {0} (el valor predeterminado, {1}).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="332"/>
        <source>predict_background: {0} (set in the model arguments; the default is {1}, {2}).</source>
        <translation>predict_background: {0} (indicado en los argumentos del modelo; el valor predeterminado es {1}, {2}).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="343"/>
        <source>Output channels that never win (the model&apos;s ignore_mapped_class, classes left out at training): {0}.</source>
        <translation>Canales de salida que nunca ganan (ignore_mapped_class del modelo, clases excluidas en el entrenamiento): {0}.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="402"/>
        <source>Mask: {0} polygons.</source>
        <translation>Máscara: {0} polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="405"/>
        <source>The mask holds no polygon: every output pixel is nodata. Check the mask layer.</source>
        <translation>La máscara no contiene ningún polígono: todos los píxeles de salida son nodata. Compruebe la capa de máscara.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="428"/>
        <source>Classifying {0} x {1} pixels in tiles of {2} with padding {3}, batch size {4}.</source>
        <translation>Clasificando {0} x {1} píxeles en teselas de {2} con margen {3}, tamaño de lote {4}.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="446"/>
        <source>Writing the result on the input&apos;s grid.</source>
        <translation>Escribiendo el resultado en la cuadrícula de la entrada.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="466"/>
        <source>Cancelled: no output was written.</source>
        <translation>Cancelado: no se ha escrito ninguna salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="477"/>
        <source>{0} tiles in {1:.1f} s ({2:.1f} tiles/s on {3}); model time {4:.1f} s.</source>
        <translation>{0} teselas en {1:.1f} s ({2:.1f} teselas/s en {3}); tiempo del modelo {4:.1f} s.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="486"/>
        <source>The raster is wider than {0} pixels: it was classified in {1} vertical strips, which keeps memory bounded; tiles on strip borders ran twice.</source>
        <translation>El ráster tiene más de {0} píxeles de ancho: se clasificó en {1} franjas verticales, lo que limita la memoria; las teselas de los bordes de franja se calcularon dos veces.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="87"/>
        <source>Detect Objects Using Deep Learning</source>
        <translation>Detectar objetos mediante aprendizaje profundo</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="91"/>
        <source>Runs an ONNX object detector over a raster of any size and writes every object found as a polygon (a rotated rectangle for oriented-box models) with its class name, class value and confidence (0-1). The layer is styled by class when QGIS loads it.</source>
        <translation>Ejecuta un detector de objetos ONNX sobre un ráster de cualquier tamaño y escribe cada objeto encontrado como un polígono (un rectángulo girado en los modelos de cajas orientadas) con su nombre de clase, valor de clase y confianza (0-1). La capa recibe una simbología por clase cuando QGIS la carga.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="96"/>
        <source>Model outputs understood: YOLO v5/v7 ([N, boxes, 5 + classes]), Ultralytics v8-v11 ([N, 4 + classes, boxes], and oriented boxes with an angle), and exports with NMS built in (boxes, scores and labels outputs, as torchvision, RetinaNet and SSD give; labels are read 1-based when the definition lists classes without a class 0, as Esri definitions do). The layout comes from the model definition (ModelConfiguration, or Deepness/GeoDeep det_type) or is recognised from the output shapes.</source>
        <translation>Salidas de modelo admitidas: YOLO v5/v7 ([N, boxes, 5 + classes]), Ultralytics v8-v11 ([N, 4 + classes, boxes], y cajas orientadas con un ángulo) y exportaciones con NMS incorporada (salidas boxes, scores y labels, como las que dan torchvision, RetinaNet y SSD; las labels se leen numeradas desde 1 cuando la definición enumera las clases sin una clase 0, como hacen las definiciones de Esri). La disposición se toma de la definición del modelo (ModelConfiguration, o det_type de Deepness/GeoDeep) o se reconoce a partir de las formas de las salidas.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="104"/>
        <source>The raster is read in tiles of tile_size (N pixels for square tiles, or W,H for width and height, written WxH on the qgis_process command line: a model trained on 800 x 608 images takes 800,608, its default) with padding pixels of context, at the model&apos;s training cell size on the ground when the model states one and the raster&apos;s lies outside it (web layers always; the log says at which cell size); detections are mapped to map coordinates; exclude_pad_detections drops boxes that belong to a neighbouring tile&apos;s core, so an object on a seam is reported once; class-aware non-maximum suppression (nms_overlap, an IoU) then merges duplicates across tiles.</source>
        <translation>El ráster se lee en teselas de tile_size (N píxeles para teselas cuadradas, o W,H para la anchura y la altura, escrito WxH en la línea de comandos de qgis_process: un modelo entrenado con imágenes de 800 x 608 toma 800,608, su valor predeterminado) con padding píxeles de contexto, con el tamaño de celda de entrenamiento del modelo sobre el terreno cuando el modelo indica uno y el del ráster queda fuera de él (siempre en las capas web; el registro indica el tamaño de celda); las detecciones se convierten a coordenadas del mapa; exclude_pad_detections descarta las cajas que pertenecen al núcleo de una tesela vecina, de modo que un objeto sobre una costura se informa una sola vez; después, una supresión de no máximos por clase (nms_overlap, un IoU) fusiona los duplicados entre teselas.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="117"/>
        <source>each raster is searched on its own, and an Image field names the raster of each object.</source>
        <translation>cada ráster se analiza por separado y un campo Image indica el ráster de cada objeto.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="122"/>
        <source>padding (pixels of context read on each side of a tile; default the model&apos;s, else a quarter of the tile size), threshold (minimum confidence; default the model&apos;s, else 0.1), nms_overlap (the IoU above which non-maximum suppression merges two boxes; default the model&apos;s, else 0.1), batch_size (tiles per model run; default the model&apos;s, else 4), exclude_pad_detections (default true: a tile keeps only the boxes whose centre lies in its share of the overlap with its neighbours), tile_size (pixels; default the model&apos;s tile size) and test_time_augmentation (default false; true adds a horizontal flip, and a vertical flip in MAP_SPACE, merged by non-maximum suppression) and nms_class_agnostic (default false: boxes of different classes never suppress each other; true merges overlapping boxes whatever their class)</source>
        <translation>padding (píxeles de contexto leídos a cada lado de una tesela; predeterminado el del modelo, si no la cuarta parte del tamaño de tesela), threshold (confianza mínima; predeterminado la del modelo, si no 0.1), nms_overlap (el IoU por encima del cual la supresión de no máximos fusiona dos cajas; predeterminado el del modelo, si no 0.1), batch_size (teselas por ejecución del modelo; predeterminado el del modelo, si no 4), exclude_pad_detections (predeterminado true: una tesela solo conserva las cajas cuyo centro está en su parte del solapamiento con sus vecinas), tile_size (píxeles; predeterminado el tamaño de tesela del modelo), test_time_augmentation (predeterminado false; true añade un volteo horizontal, y un volteo vertical en MAP_SPACE, combinados mediante supresión de no máximos) y nms_class_agnostic (predeterminado false: las cajas de clases distintas nunca se suprimen entre sí; true fusiona las cajas solapadas sea cual sea su clase)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="137"/>
        <source>Class-aware non-maximum suppression across tiles (default true): of the boxes of one class that overlap by more than nms_overlap (IoU), only the highest-scoring one is kept.</source>
        <translation>Supresión de no máximos por clase entre teselas (predeterminado true): de las cajas de una misma clase que se solapan más de nms_overlap (IoU), solo se conserva la de mayor puntuación.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="141"/>
        <source>0-1, default 0 (off). Drops a box covered by a higher-scoring box of any class beyond this fraction of its own area.</source>
        <translation>0-1, predeterminado 0 (desactivado). Descarta una caja cubierta por otra de mayor puntuación, de cualquier clase, más allá de esta fracción de su propia área.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="145"/>
        <source>Name of the field that receives the class name (default Class); the ClassValue field holds the class value.</source>
        <translation>Nombre del campo que recibe el nombre de la clase (predeterminado Class); el campo ClassValue contiene el valor de la clase.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="149"/>
        <source>Name of the field that receives the confidence, 0-1 (default Confidence). The two field names must differ from each other and from ClassValue and Image.</source>
        <translation>Nombre del campo que recibe la confianza, 0-1 (predeterminado Confidence). Los dos nombres de campo deben ser distintos entre sí y de ClassValue e Image.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="153"/>
        <source>Optional. Only the part of the raster inside this extent is searched (snapped outwards to the raster&apos;s pixels); needed for a web layer. Default: the whole raster.</source>
        <translation>Opcional. Solo se analiza la parte del ráster dentro de esta extensión (ajustada hacia fuera a los píxeles del ráster); necesaria para una capa web. Predeterminado: todo el ráster.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="157"/>
        <source>Optional. Only objects whose centre lies inside these polygons are kept.</source>
        <translation>Opcional. Solo se conservan los objetos cuyo centro está dentro de estos polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="158"/>
        <source>Polygons in the raster&apos;s CRS with the class name, ClassValue and confidence fields (and Image with processing mode 1).</source>
        <translation>Polígonos en el SRC del ráster con los campos de nombre de clase, ClassValue y confianza (e Image con el modo de procesamiento 1).</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="165"/>
        <source>The detected objects.</source>
        <translation>Los objetos detectados.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="171"/>
        <source>Non maximum suppression</source>
        <translation>Supresión de no máximos</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="176"/>
        <source>Maximum overlap ratio (0 = off)</source>
        <translation>Proporción máxima de solapamiento (0 = desactivado)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="184"/>
        <source>Class field name</source>
        <translation>Nombre del campo de clase</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="188"/>
        <source>Confidence field name</source>
        <translation>Nombre del campo de confianza</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="202"/>
        <source>Detected objects</source>
        <translation>Objetos detectados</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="221"/>
        <source>The class and confidence field names must differ from each other and from {0} and {1}.</source>
        <translation>Los nombres de los campos de clase y de confianza deben ser distintos entre sí y de {0} y {1}.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="315"/>
        <source>The mask holds no polygon: no object can be found. Check the mask layer.</source>
        <translation>La máscara no contiene ningún polígono: no se puede encontrar ningún objeto. Compruebe la capa de máscara.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="343"/>
        <source>{0}: {1} objects from {2} tiles in {3:.1f} s ({4:.1f} tiles/s on {5}; model time {6:.1f} s).</source>
        <translation>{0}: {1} objetos de {2} teselas en {3:.1f} s ({4:.1f} teselas/s en {5}; tiempo del modelo {6:.1f} s).</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="361"/>
        <source>{0} objects written.</source>
        <translation>{0} objetos escritos.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="83"/>
        <source>Export Training Data For Deep Learning</source>
        <translation>Exportar datos de entrenamiento para aprendizaje profundo</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="87"/>
        <source>Cuts image chips and labels from imagery and labelled samples (a vector layer of points, lines or polygons, or a classified raster) into a training-data folder: images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json and esri_model_definition.emd; COCO adds annotations.json, YOLO adds dataset.yaml.</source>
        <translation>Genera recortes de imagen y etiquetas a partir de imágenes y muestras etiquetadas (una capa vectorial de puntos, líneas o polígonos, o un ráster clasificado) en una carpeta de datos de entrenamiento: images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json y esri_model_definition.emd; COCO añade annotations.json y YOLO añade dataset.yaml.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="93"/>
        <source>Which tool reads each format unchanged: KITTI_rectangles, PASCAL_VOC_rectangles, Classified_Tiles, RCNN_Masks, Labeled_Tiles and MultiLabeled_Tiles are for Esri&apos;s arcgis.learn (prepare_data) and ArcGIS Pro&apos;s Train Deep Learning Model; COCO is for pycocotools and torchvision&apos;s CocoDetection (annotations.json; arcgis.learn does not read it); YOLO is for Ultralytics (dataset.yaml; detection takes each polygon&apos;s box, segmentation the polygon; arcgis.learn does not read it); Export_Tiles holds images only.</source>
        <translation>Qué herramienta lee cada formato sin cambios: KITTI_rectangles, PASCAL_VOC_rectangles, Classified_Tiles, RCNN_Masks, Labeled_Tiles y MultiLabeled_Tiles son para arcgis.learn de Esri (prepare_data) y la herramienta Train Deep Learning Model de ArcGIS Pro; COCO es para pycocotools y CocoDetection de torchvision (annotations.json; arcgis.learn no lo lee); YOLO es para Ultralytics (dataset.yaml; la detección toma la caja de cada polígono y la segmentación el polígono; arcgis.learn no lo lee); Export_Tiles solo contiene imágenes.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="101"/>
        <source>Chips step by the stride from the top-left corner, and where the last step would run past the right or bottom edge one more chip is placed flush with that edge, so no part of the raster is left out. Pixels are copied unchanged (no resampling unless a cell size is given) and each chip keeps its window&apos;s georeference (GeoTIFF tags; a world file and .aux.xml for PNG and JPEG). Chips that are entirely nodata are not written.</source>
        <translation>Los recortes avanzan según el paso desde la esquina superior izquierda y, donde el último paso se saldría por el borde derecho o inferior, se coloca un recorte más alineado con ese borde, de modo que ninguna parte del ráster queda fuera. Los píxeles se copian sin cambios (sin remuestreo salvo que se indique un tamaño de celda) y cada recorte conserva la georreferencia de su ventana (etiquetas GeoTIFF; un archivo world y .aux.xml para PNG y JPEG). Los recortes que son totalmente nodata no se escriben.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="108"/>
        <source>Polygons are rasterised by the pixel-centre rule (as GDAL); where samples overlap in Classified_Tiles the smaller one wins. Boxes are the feature&apos;s extent clipped to the chip. map.txt, stats.txt and the statistics are rewritten as the export runs, so that after a cancel or an error they describe exactly the chips on disk.</source>
        <translation>Los polígonos se rasterizan según la regla del centro del píxel (como GDAL); donde las muestras se solapan en Classified_Tiles gana la más pequeña. Las cajas son la extensión del objeto espacial recortada al recorte de imagen. map.txt, stats.txt y las estadísticas se reescriben durante la exportación, de modo que tras una cancelación o un error describen exactamente los recortes que hay en el disco.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="119"/>
        <source>Optional. More images; all chips go into one sequence and one set of statistics.</source>
        <translation>Opcional. Más imágenes; todos los recortes van a una sola secuencia y un solo conjunto de estadísticas.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="122"/>
        <source>Optional. The labelled samples: points, lines or polygons in any CRS (reprojected to the raster&apos;s). Class names and colours come from Classname and RED/GREEN/BLUE fields when the layer has them.</source>
        <translation>Opcional. Las muestras etiquetadas: puntos, líneas o polígonos en cualquier SRC (reproyectados al SRC del ráster). Los nombres y colores de las clases proceden de los campos Classname y RED/GREEN/BLUE si la capa los tiene.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="127"/>
        <source>Optional. A classified raster whose pixel values are the classes, for Classified_Tiles; class names and colours come from its attribute or colour table. Give this or the input class data, not both.</source>
        <translation>Opcional. Un ráster clasificado cuyos valores de píxel son las clases, para Classified_Tiles; los nombres y colores de las clases proceden de su tabla de atributos o de colores. Indique este ráster o los datos de clase de entrada, no ambos.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="132"/>
        <source>Optional. The numeric field holding each sample&apos;s class value, a whole number of 0 or more. Default: a field named classvalue or value (any case), else class 1 for every feature.</source>
        <translation>Opcional. El campo numérico que contiene el valor de clase de cada muestra, un número entero igual o mayor que 0. Predeterminado: un campo llamado classvalue o value (sin distinguir mayúsculas); si no, la clase 1 para todos los objetos espaciales.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="136"/>
        <source>The export folder: empty, or holding an export of the same format to continue (see Start index). A folder holding an export in another format is refused. Required: a temporary folder would be deleted when QGIS closes.</source>
        <translation>La carpeta de exportación: vacía o con una exportación del mismo formato que continuar (véase Índice inicial). Se rechaza una carpeta con una exportación en otro formato. Obligatoria: una carpeta temporal se borraría al cerrar QGIS.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="141"/>
        <source>Optional, created by default in the dialog. A polygon layer with one outline per chip written: its index, image file name, number of labels and input raster, so the map shows what was exported.</source>
        <translation>Opcional, creada de forma predeterminada en el diálogo. Una capa de polígonos con un contorno por recorte escrito: su índice, el nombre del archivo de imagen, el número de etiquetas y el ráster de entrada, para que el mapa muestre lo que se ha exportado.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="146"/>
        <source>0 TIFF (default), 1 PNG, 2 JPEG, 3 MRF. PNG and JPEG hold at most 3 bands, JPEG only 8-bit data.</source>
        <translation>0 TIFF (predeterminado), 1 PNG, 2 JPEG, 3 MRF. PNG y JPEG admiten como máximo 3 bandas, JPEG solo datos de 8 bits.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="150"/>
        <source>Chip width in pixels (default 256).</source>
        <translation>Anchura de los recortes en píxeles (predeterminado 256).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="151"/>
        <source>Chip height in pixels (default 256).</source>
        <translation>Altura de los recortes en píxeles (predeterminado 256).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="152"/>
        <source>Horizontal step between chips in pixels (default 128); a stride below the tile size makes chips overlap.</source>
        <translation>Paso horizontal entre recortes en píxeles (predeterminado 128); un paso menor que el tamaño de tesela hace que los recortes se solapen.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="156"/>
        <source>Vertical step between chips in pixels (default 128).</source>
        <translation>Paso vertical entre recortes en píxeles (predeterminado 128).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="157"/>
        <source>Also write chips without samples (default false: only chips holding samples are written; Export_Tiles writes every chip).</source>
        <translation>Escribir también los recortes sin muestras (predeterminado false: solo se escriben los recortes que contienen muestras; Export_Tiles escribe todos los recortes).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="161"/>
        <source>The label format: 0 KITTI_rectangles (default), 1 PASCAL_VOC_rectangles, 2 Classified_Tiles, 3 RCNN_Masks, 4 Labeled_Tiles (one chip per feature, centred on it or cut to its bounding box), 5 MultiLabeled_Tiles (each chip&apos;s class names, comma separated), 6 Export_Tiles (images only, no labels needed), 7 COCO (for pycocotools and torchvision), 8 YOLO (for Ultralytics: polygon label lines, usable for detection and segmentation). 0-5 are for arcgis.learn. A class raster feeds Classified_Tiles only.</source>
        <translation>El formato de las etiquetas: 0 KITTI_rectangles (predeterminado), 1 PASCAL_VOC_rectangles, 2 Classified_Tiles, 3 RCNN_Masks, 4 Labeled_Tiles (un recorte por objeto espacial, centrado en él o recortado a su rectángulo envolvente), 5 MultiLabeled_Tiles (los nombres de clase de cada recorte, separados por comas), 6 Export_Tiles (solo imágenes, no se necesitan etiquetas), 7 COCO (para pycocotools y torchvision), 8 YOLO (para Ultralytics: líneas de etiqueta poligonales, utilizables para detección y segmentación). Los formatos 0-5 son para arcgis.learn. Un ráster de clases solo alimenta Classified_Tiles.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="169"/>
        <source>The number of the first chip (default 0). To continue an existing export of the same format, tile size and bands, give its next chip number: the folder&apos;s statistics are merged and no chip is overwritten.</source>
        <translation>El número del primer recorte (predeterminado 0). Para continuar una exportación existente del mismo formato, tamaño de tesela y bandas, indique el número de su siguiente recorte: las estadísticas de la carpeta se combinan y no se sobrescribe ningún recorte.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="174"/>
        <source>Buffer around points and lines, in the input raster&apos;s map units, that makes them sample areas (default 0: a point becomes a one-pixel square, a line a band one pixel wide).</source>
        <translation>Búfer alrededor de puntos y líneas, en las unidades de mapa del ráster de entrada, que los convierte en áreas de muestra (predeterminado 0: un punto se convierte en un cuadrado de un píxel, una línea en una banda de un píxel de ancho).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="178"/>
        <source>Optional. Only chips completely inside these polygons are written.</source>
        <translation>Opcional. Solo se escriben los recortes completamente dentro de estos polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="179"/>
        <source>Default 0 (no rotation). Also writes each chip rotated by every multiple of this angle below 360 degrees, its labels rotated with it, keeping only rotations that lie inside the image data.</source>
        <translation>Predeterminado 0 (sin rotación). Escribe además cada recorte girado cada múltiplo de este ángulo por debajo de 360 grados, con sus etiquetas giradas con él, conservando solo las rotaciones que quedan dentro de los datos de la imagen.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="184"/>
        <source>0 MAP_SPACE (default): chips keep their map coordinates; 1 PIXEL_SPACE: chips are georeferenced in the raw image grid. Written to the .emd as ImageSpaceUsed.</source>
        <translation>0 MAP_SPACE (predeterminado): los recortes conservan sus coordenadas de mapa; 1 PIXEL_SPACE: los recortes se georreferencian en la cuadrícula original de la imagen. Se escribe en el .emd como ImageSpaceUsed.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="188"/>
        <source>Labeled_Tiles only: set the pixels outside the feature to 0 (default false).</source>
        <translation>Solo Labeled_Tiles: pone a 0 los píxeles fuera del objeto espacial (predeterminado false).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="191"/>
        <source>Labeled_Tiles only: 0 FIXED_SIZE (default): a chip of the tile size centred on each feature; 1 BOUNDING_BOX: the chip is cut to the feature&apos;s bounding box.</source>
        <translation>Solo Labeled_Tiles: 0 FIXED_SIZE (predeterminado): un recorte del tamaño de tesela centrado en cada objeto espacial; 1 BOUNDING_BOX: el recorte se ajusta al rectángulo envolvente del objeto espacial.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="195"/>
        <source>Optional. Only the part of the raster inside this extent is exported (snapped outwards to the raster&apos;s pixels); needed for a web layer. Default: the whole raster.</source>
        <translation>Opcional. Solo se exporta la parte del ráster dentro de esta extensión (ajustada hacia fuera a los píxeles del ráster); necesaria para una capa web. Predeterminado: todo el ráster.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="199"/>
        <source>Optional. Resample the raster to this cell size, in its map units. Empty (default): the raster&apos;s own pixels, unchanged.</source>
        <translation>Opcional. Remuestrea el ráster a este tamaño de celda, en sus unidades de mapa. Vacío (predeterminado): los píxeles propios del ráster, sin cambios.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="203"/>
        <source>Optional. The bands to export, in this order (default: all bands).</source>
        <translation>Opcional. Las bandas que se exportan, en este orden (predeterminado: todas las bandas).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="208"/>
        <source>The export folder.</source>
        <translation>La carpeta de exportación.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="209"/>
        <source>The chip footprints, when asked for.</source>
        <translation>Las huellas de los recortes, si se han pedido.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="210"/>
        <source>The number of chips written.</source>
        <translation>El número de recortes escritos.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="211"/>
        <source>The number of labelled features written, counted in every chip they appear in.</source>
        <translation>El número de objetos espaciales etiquetados escritos, contados en cada recorte en que aparecen.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="221"/>
        <source>Input class data (labelled samples)</source>
        <translation>Datos de clase de entrada (muestras etiquetadas)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="228"/>
        <source>Input class raster (classified)</source>
        <translation>Ráster de clases de entrada (clasificado)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="234"/>
        <source>Class value field</source>
        <translation>Campo de valor de clase</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="240"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="243"/>
        <source>Image chip format</source>
        <translation>Formato de los recortes de imagen</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="247"/>
        <source>Tile size X (pixels)</source>
        <translation>Tamaño de tesela X (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="248"/>
        <source>Tile size Y (pixels)</source>
        <translation>Tamaño de tesela Y (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="249"/>
        <source>Stride X (pixels)</source>
        <translation>Paso X (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="250"/>
        <source>Stride Y (pixels)</source>
        <translation>Paso Y (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="257"/>
        <source>Output tiles without features</source>
        <translation>Generar teselas sin objetos espaciales</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="262"/>
        <source>Metadata format</source>
        <translation>Formato de metadatos</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="267"/>
        <source>Start index</source>
        <translation>Índice inicial</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="272"/>
        <source>Buffer radius</source>
        <translation>Radio del búfer</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="283"/>
        <source>Rotation angle (degrees)</source>
        <translation>Ángulo de rotación (grados)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="292"/>
        <source>Reference system</source>
        <translation>Sistema de referencia</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="297"/>
        <source>Blacken around feature</source>
        <translation>Ennegrecer alrededor del objeto espacial</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="301"/>
        <source>Crop mode</source>
        <translation>Modo de recorte</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="309"/>
        <source>Cell size (resample to)</source>
        <translation>Tamaño de celda (remuestrear a)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="317"/>
        <source>Bands</source>
        <translation>Bandas</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="323"/>
        <source>Chip footprints</source>
        <translation>Huellas de los recortes</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="329"/>
        <source>Chips written</source>
        <translation>Recortes de imagen escritos</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="330"/>
        <source>Features written</source>
        <translation>Objetos espaciales escritos</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="338"/>
        <source>Choose an output folder for the training data: a temporary folder is deleted when QGIS closes.</source>
        <translation>Elija una carpeta de salida para los datos de entrenamiento: una carpeta temporal se borra al cerrar QGIS.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="381"/>
        <source>Give either input class data (vector) or an input class raster, not both.</source>
        <translation>Indique datos de clase de entrada (vectoriales) o un ráster de clases de entrada, pero no ambos.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="425"/>
        <source>The tile size {0} x {1} is larger than the raster &apos;{2}&apos; ({3} x {4} pixels): use a smaller tile size.</source>
        <translation>El tamaño de tesela {0} x {1} es mayor que el ráster «{2}» ({3} x {4} píxeles): use un tamaño de tesela menor.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="433"/>
        <source>JPEG chips hold 8-bit data but &apos;{0}&apos; is {1}: choose TIFF, PNG or MRF.</source>
        <translation>Los recortes JPEG contienen datos de 8 bits, pero «{0}» es {1}: elija TIFF, PNG o MRF.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="456"/>
        <source>No labelled sample overlaps the input raster: check that the class data covers the raster (and its processing extent).</source>
        <translation>Ninguna muestra etiquetada se solapa con el ráster de entrada: compruebe que los datos de clase cubren el ráster (y su extensión de procesamiento).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="481"/>
        <location filename="../algorithms/export_training_data.py" line="499"/>
        <source>The output folder &apos;{0}&apos; cannot be written ({1}): choose another folder.</source>
        <translation>No se puede escribir en la carpeta de salida «{0}» ({1}): elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="490"/>
        <source>Cancelled: the folder holds the {0} chips written before, described by map.txt and the statistics.</source>
        <translation>Cancelado: la carpeta contiene los {0} recortes escritos antes, descritos por map.txt y las estadísticas.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="505"/>
        <source>No chip was written: no tile holds a labelled pixel. Check that the labels cover the raster, that a class raster uses class values above 0, and their coordinate reference systems.</source>
        <translation>No se escribió ningún recorte: ninguna tesela contiene un píxel etiquetado. Compruebe que las etiquetas cubren el ráster, que un ráster de clases usa valores de clase mayores que 0, y sus sistemas de referencia de coordenadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="512"/>
        <source>{0} chips and {1} features written to {2} in {3:.1f} s ({4} chips all nodata skipped, {5} rotations outside the image skipped).</source>
        <translation>{0} recortes y {1} objetos espaciales escritos en {2} en {3:.1f} s ({4} recortes totalmente sin datos omitidos, {5} rotaciones fuera de la imagen omitidas).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="534"/>
        <source>Output folder: {0}; chips: {1}; features: {2}.</source>
        <translation>Carpeta de salida: {0}; recortes: {1}; objetos espaciales: {2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="547"/>
        <source>The raster &apos;{0}&apos; has no coordinate reference system: the labels&apos; coordinates ({1}) are assumed to be in the raster&apos;s. Assign the raster its CRS if the chips come out empty.</source>
        <translation>El ráster «{0}» no tiene sistema de referencia de coordenadas: se supone que las coordenadas de las etiquetas ({1}) están en el del ráster. Asigne al ráster su SRC si los recortes salen vacíos.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="554"/>
        <source>The class raster is in {0} but the input raster in {1}: it is read on the input&apos;s grid. Reproject it to {1} if the chips come out empty.</source>
        <translation>El ráster de clases está en {0}, pero el ráster de entrada en {1}: se lee sobre la cuadrícula de la entrada. Reproyéctelo a {1} si los recortes salen vacíos.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="573"/>
        <source>BANDS {0}: the input raster has bands 1 to {1}; give band numbers in that range, separated by commas.</source>
        <translation>BANDS {0}: el ráster de entrada tiene las bandas 1 a {1}; indique números de banda en ese intervalo, separados por comas.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="585"/>
        <source>Classes from the class raster: {0}</source>
        <translation>Clases del ráster de clases: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="597"/>
        <source>CLASS_VALUE_FIELD &apos;{0}&apos; is not a field of the input class data (its fields: {1}): choose one of them.</source>
        <translation>CLASS_VALUE_FIELD «{0}» no es un campo de los datos de clase de entrada (sus campos: {1}): elija uno de ellos.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="611"/>
        <source>The input class data holds no feature with a geometry.</source>
        <translation>Los datos de clase de entrada no contienen ningún objeto espacial con geometría.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="613"/>
        <source>Class values from the field &apos;{0}&apos;.</source>
        <translation>Valores de clase del campo «{0}».</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="615"/>
        <source>No class value field: every feature is class 1.</source>
        <translation>Ningún campo de valor de clase: todos los objetos espaciales son de clase 1.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="627"/>
        <source>The class value field &apos;{0}&apos; holds &apos;{1}&apos;, which is not a whole number &gt;= 0: choose a numeric class field.</source>
        <translation>El campo de valor de clase «{0}» contiene «{1}», que no es un número entero &gt;= 0: elija un campo de clase numérico.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="657"/>
        <source>{0} label geometries were invalid (e.g. self-intersecting) and were repaired with make_valid: features {1}. Fix them in the layer, or set Processing&apos;s invalid features filtering to skip them.</source>
        <translation>{0} geometrías de etiquetas no eran válidas (p. ej., con autointersecciones) y se repararon con make_valid: objetos espaciales {1}. Corríjalas en la capa o configure el filtrado de objetos espaciales no válidos de Processing para omitirlos.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="46"/>
        <source>Install Python Dependencies</source>
        <translation>Instalar dependencias de Python</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="54"/>
        <source>Installs the Python packages the deep-learning tools need, onnxruntime and OpenCV (opencv-python-headless), for the Python that QGIS runs, and reports the onnxruntime execution providers (CPU, CUDA, DirectML, ...) found afterwards.</source>
        <translation>Instala los paquetes de Python que necesitan las herramientas de aprendizaje profundo, onnxruntime y OpenCV (opencv-python-headless), para el Python que ejecuta QGIS, e informa después de los proveedores de ejecución de onnxruntime encontrados (CPU, CUDA, DirectML, ...).</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="59"/>
        <source>Installing downloads the packages from the Python Package Index (pypi.org) with pip (several hundred megabytes for the GPU build) into a folder of your user profile, shown as Target folder; the plugin adds that folder to Python&apos;s search path when QGIS starts, after QGIS&apos;s own packages, so the numpy and GDAL that QGIS ships stay in use. numpy is pinned to the version QGIS already has, so pip picks builds that work with it.</source>
        <translation>La instalación descarga los paquetes del Python Package Index (pypi.org) con pip (varios cientos de megabytes para la variante para GPU) en una carpeta de su perfil de usuario, mostrada como Carpeta de destino; el complemento añade esa carpeta a la ruta de búsqueda de Python al iniciar QGIS, después de los paquetes propios de QGIS, de modo que se siguen usando el numpy y el GDAL que incluye QGIS. numpy se fija en la versión que ya tiene QGIS, para que pip elija compilaciones compatibles con ella.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="66"/>
        <source>pip&apos;s output streams into the log and Cancel stops pip. Restart QGIS after installing: a running QGIS keeps the onnxruntime it has already loaded.</source>
        <translation>La salida de pip aparece en el registro y Cancelar detiene pip. Reinicie QGIS después de instalar: un QGIS en ejecución conserva el onnxruntime que ya ha cargado.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="74"/>
        <source>0 Automatic (default): the NVIDIA GPU build (onnxruntime-gpu) when an NVIDIA driver is found on this computer, the CPU build otherwise; 1 CPU; 2 NVIDIA GPU (CUDA). The GPU build runs models with CUDA where the NVIDIA CUDA and cuDNN libraries its version asks for are installed (see onnxruntime.ai), otherwise on the CPU; it exists for Windows and Linux only.</source>
        <translation>0 Automático (predeterminado): la variante para GPU NVIDIA (onnxruntime-gpu) si se encuentra un controlador NVIDIA en este equipo y, si no, la variante para CPU; 1 CPU; 2 GPU NVIDIA (CUDA). La variante para GPU ejecuta los modelos con CUDA donde están instaladas las bibliotecas NVIDIA CUDA y cuDNN que pide su versión (véase onnxruntime.ai) y, si no, en la CPU; solo existe para Windows y Linux.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="80"/>
        <source>Default true: install nothing; report what is installed, which execution providers onnxruntime offers and the exact pip command that would run. Untick it to install.</source>
        <translation>Predeterminado true: no instala nada; informa de lo que está instalado, de los proveedores de ejecución que ofrece onnxruntime y del comando pip exacto que se ejecutaría. Desmárquelo para instalar.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="88"/>
        <source>True when this run installed the packages; false with Check only.</source>
        <translation>Verdadero si esta ejecución instaló los paquetes; falso con Solo comprobar.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="89"/>
        <source>The execution providers onnxruntime offers, comma separated, as a fresh Python finds them at the end of the run.</source>
        <translation>Los proveedores de ejecución que ofrece onnxruntime, separados por comas, tal como los encuentra un Python recién iniciado al final de la ejecución.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="93"/>
        <source>The pip command; it can be pasted into a terminal as it is.</source>
        <translation>El comando pip; se puede pegar tal cual en un terminal.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="94"/>
        <source>The folder of your user profile the packages are installed into.</source>
        <translation>La carpeta de su perfil de usuario en la que se instalan los paquetes.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="101"/>
        <source>onnxruntime build</source>
        <translation>Variante de onnxruntime</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="103"/>
        <source>Automatic: NVIDIA GPU build where an NVIDIA driver is present</source>
        <translation>Automático: variante para GPU NVIDIA si hay un controlador NVIDIA</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="104"/>
        <location filename="../algorithms/model_tool.py" line="193"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="105"/>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>GPU NVIDIA (CUDA)</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="112"/>
        <source>Check only (install nothing)</source>
        <translation>Solo comprobar (no instalar nada)</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="115"/>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="116"/>
        <source>Execution providers</source>
        <translation>Proveedores de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="117"/>
        <source>pip command</source>
        <translation>Comando pip</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="118"/>
        <source>Target folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="124"/>
        <source>NVIDIA driver: {0}</source>
        <translation>Controlador NVIDIA: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="124"/>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="126"/>
        <source>Python that QGIS runs: {0}</source>
        <translation>Python que ejecuta QGIS: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="127"/>
        <source>Target folder: {0}</source>
        <translation>Carpeta de destino: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="128"/>
        <location filename="../algorithms/install_dependencies.py" line="165"/>
        <source>Checking the installed packages…</source>
        <translation>Comprobando los paquetes instalados…</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="132"/>
        <source>Packages: {0}</source>
        <translation>Paquetes: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="135"/>
        <source>No NVIDIA driver was found: the GPU build will run models on the CPU.</source>
        <translation>No se encontró ningún controlador NVIDIA: la variante para GPU ejecutará los modelos en la CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="145"/>
        <source>Check only: nothing was installed. To install, run this tool again with &apos;Check only&apos; unticked, or run this command in a terminal:
{0}</source>
        <translation>Solo comprobar: no se ha instalado nada. Para instalar, vuelva a ejecutar esta herramienta con «Solo comprobar» desmarcado, o ejecute este comando en un terminal:
{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="155"/>
        <source>pip is not available for the Python that QGIS runs ({0}): {1}. Install pip for it first (Debian and Ubuntu: sudo apt install python3-pip), then run this tool again.</source>
        <translation>pip no está disponible para el Python que ejecuta QGIS ({0}): {1}. Instale primero pip para él (Debian y Ubuntu: sudo apt install python3-pip) y vuelva a ejecutar esta herramienta.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="161"/>
        <source>Downloading and installing with pip…</source>
        <translation>Descargando e instalando con pip…</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="162"/>
        <source>Running: {0}</source>
        <translation>Ejecutando: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="170"/>
        <source>onnxruntime was installed in {0} but cannot be imported: {1}</source>
        <translation>onnxruntime se instaló en {0} pero no se puede importar: {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="175"/>
        <source>Restart QGIS to use the packages just installed.</source>
        <translation>Reinicie QGIS para usar los paquetes recién instalados.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="178"/>
        <source>The GPU build runs models with CUDA only where the NVIDIA CUDA and cuDNN libraries it needs are installed; otherwise the tools fall back to the CPU.</source>
        <translation>La variante para GPU solo ejecuta los modelos con CUDA si están instaladas las bibliotecas NVIDIA CUDA y cuDNN que necesita; en caso contrario, las herramientas recurren a la CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="191"/>
        <source>Python {0}, pip {1}</source>
        <translation>Python {0}, pip {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="192"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="200"/>
        <source>The {0} in the target folder is not the one the plugin uses: {1} comes first on the Python path. Uninstall that copy to use the one in the target folder.</source>
        <translation>El paquete {0} de la carpeta de destino no es el que usa el complemento: {1} aparece antes en la ruta de Python. Desinstale esa copia para usar la de la carpeta de destino.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="206"/>
        <source>Execution providers: {0}</source>
        <translation>Proveedores de ejecución: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="206"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="211"/>
        <source>{0}: not available ({1})</source>
        <translation>{0}: no disponible ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="212"/>
        <source>target folder</source>
        <translation>carpeta de destino</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="213"/>
        <source>{0} {1} ({2})</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="43"/>
        <source>Query Deep Learning Model Info</source>
        <translation>Consultar información del modelo de aprendizaje profundo</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="47"/>
        <source>Reads a deep-learning model and reports what it is and how it will run on this computer, like ArcGIS Pro&apos;s tool of the same name.</source>
        <translation>Lee un modelo de aprendizaje profundo e informa de qué es y de cómo se ejecutará en este equipo, como la herramienta homónima de ArcGIS Pro.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="51"/>
        <source>The log also lists the model&apos;s inputs and outputs, normalisation, padding, batch size, thresholds, cell size, classes with colours, the default model arguments, and the keys of the model definition that it reads but ignores because they change nothing in the results.</source>
        <translation>El registro indica además las entradas y salidas del modelo, la normalización, el margen, el tamaño de lote, los umbrales, el tamaño de celda, las clases con sus colores, los argumentos predeterminados del modelo y las claves de la definición del modelo que se leen pero se ignoran porque no cambian nada en los resultados.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="59"/>
        <source>The model to describe: {0}</source>
        <translation>El modelo que se describe: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="63"/>
        <source>The Esri model type, e.g. ImageClassification (pixel classification), ObjectClassification or ObjectDetection.</source>
        <translation>El tipo de modelo de Esri, p. ej. ImageClassification (clasificación de píxeles), ObjectClassification u ObjectDetection.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="67"/>
        <source>JSON list of the classes, one object per class with the keys value, name and color.</source>
        <translation>Lista JSON de las clases, un objeto por clase con las claves value, name y color.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="70"/>
        <source>JSON list of the model input&apos;s dimensions as the tools use them: a dynamic height and width are the tile size the tools take (the definition&apos;s ImageHeight/ImageWidth, Ultralytics&apos; imgsz, or 256), a dynamic batch is null, e.g. [null, 3, 256, 256].</source>
        <translation>Lista JSON de las dimensiones de la entrada del modelo tal como las usan las herramientas: una altura y una anchura dinámicas son el tamaño de tesela que toman las herramientas (ImageHeight/ImageWidth de la definición, imgsz de Ultralytics o 256), un lote dinámico es null, p. ej. [null, 3, 256, 256].</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="75"/>
        <source>The raster bands the model reads, 1-based, comma separated, e.g. 1,2,3.</source>
        <translation>Las bandas del ráster que lee el modelo, numeradas desde 1, separadas por comas, p. ej. 1,2,3.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="76"/>
        <source>The tile height in pixels.</source>
        <translation>La altura de tesela en píxeles.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="77"/>
        <source>The tile width in pixels (the tile size of a square model), as the export tool&apos;s TILE_SIZE_X.</source>
        <translation>La anchura de tesela en píxeles (el tamaño de tesela de un modelo cuadrado), como TILE_SIZE_X de la herramienta de exportación.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="81"/>
        <source>The tile height in pixels, as the export tool&apos;s TILE_SIZE_Y.</source>
        <translation>La altura de tesela en píxeles, como TILE_SIZE_Y de la herramienta de exportación.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="82"/>
        <source>The onnxruntime execution provider that runs the model here with processor type Auto.</source>
        <translation>El proveedor de ejecución de onnxruntime que ejecuta el modelo en este equipo con el tipo de procesador Automático.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="85"/>
        <source>All the execution providers this onnxruntime offers, comma separated.</source>
        <translation>Todos los proveedores de ejecución que ofrece este onnxruntime, separados por comas.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="92"/>
        <location filename="../algorithms/model_tool.py" line="172"/>
        <source>Model definition (.emd, .dlpk, .onnx or JSON)</source>
        <translation>Definición del modelo (.emd, .dlpk, .onnx o JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="94"/>
        <source>Model type</source>
        <translation>Tipo de modelo</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="95"/>
        <source>Classes (JSON)</source>
        <translation>Clases (JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="96"/>
        <source>Input shape (JSON)</source>
        <translation>Forma de la entrada (JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="97"/>
        <source>Bands read (1-based)</source>
        <translation>Bandas leídas (numeradas desde 1)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="98"/>
        <source>Tile size (pixels)</source>
        <translation>Tamaño de tesela (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="99"/>
        <source>Tile width (pixels)</source>
        <translation>Anchura de tesela (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="100"/>
        <source>Tile height (pixels)</source>
        <translation>Altura de tesela (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="101"/>
        <source>Execution provider</source>
        <translation>Proveedor de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="102"/>
        <source>Available providers</source>
        <translation>Proveedores disponibles</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="129"/>
        <source>Model: {0}</source>
        <translation>Modelo: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="130"/>
        <source>Type: {0} ({1})</source>
        <translation>Tipo: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="133"/>
        <source>Read from: {0} ({1})</source>
        <translation>Leído de: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="134"/>
        <location filename="../algorithms/model_tool.py" line="223"/>
        <source>Model file: {0}</source>
        <translation>Archivo del modelo: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="138"/>
        <source>Framework: {0} {1}</source>
        <translation>Framework: {0} {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="144"/>
        <source>Input &apos;{0}&apos;: shape {1} {2}</source>
        <translation>Entrada «{0}»: forma {1} {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="148"/>
        <source>Output &apos;{0}&apos;: shape {1} {2}</source>
        <translation>Salida «{0}»: forma {1} {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="151"/>
        <source>Bands read (1-based): {0}</source>
        <translation>Bandas leídas (numeradas desde 1): {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="154"/>
        <source>Tile: {0} x {1} pixels, padding {2}, batch size {3}</source>
        <translation>Tesela: {0} x {1} píxeles, margen {2}, tamaño de lote {3}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="160"/>
        <source>Normalisation: {0}</source>
        <translation>Normalización: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="164"/>
        <source>Output rule: {0}</source>
        <translation>Regla de salida: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="166"/>
        <source>Data range: {0} to {1}</source>
        <translation>Rango de datos: {0} a {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="168"/>
        <source>Threshold: {0}</source>
        <translation>Umbral: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="171"/>
        <source>Cell size: {0} to {1}</source>
        <translation>Tamaño de celda: {0} a {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="174"/>
        <source>Image space: {0}; crop size fixed: {1}; blacken around feature: {2}</source>
        <translation>Espacio de imagen: {0}; tamaño de recorte fijo: {1}; ennegrecer alrededor del objeto espacial: {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="178"/>
        <source>Classes ({0}):</source>
        <translation>Clases ({0}):</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="180"/>
        <source>no colour</source>
        <translation>sin color</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="184"/>
        <source>Model argument defaults: {0}</source>
        <translation>Valores predeterminados de los argumentos del modelo: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="190"/>
        <source>Output channels that never win (ignore_mapped_class): {0}</source>
        <translation>Canales de salida que nunca ganan (ignore_mapped_class): {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="195"/>
        <source>Training backend: {0}</source>
        <translation>Entorno de entrenamiento: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="199"/>
        <source>Keys read but ignored (they change nothing in this plugin&apos;s results): {0}</source>
        <translation>Claves leídas pero ignoradas (no cambian nada en los resultados de este complemento): {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="206"/>
        <source>resize_to {0}: arcgis.learn resized the training chips to it; ArcGIS Pro&apos;s inference does not resize tiles, and neither does this plugin: it reads tiles at the model&apos;s cell size.</source>
        <translation>resize_to {0}: arcgis.learn redimensionó los recortes de entrenamiento a este tamaño; la inferencia de ArcGIS Pro no redimensiona las teselas, y este complemento tampoco: lee las teselas con el tamaño de celda del modelo.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="212"/>
        <source>Execution provider here (processor type Auto): {0}</source>
        <translation>Proveedor de ejecución en este equipo (tipo de procesador Automático): {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="213"/>
        <source>Available providers: {0}</source>
        <translation>Proveedores disponibles: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_rules.py" line="37"/>
        <source>input: the raw band values, no normalisation</source>
        <translation>entrada: los valores brutos de las bandas, sin normalización</translation>
    </message>
    <message>
        <location filename="../algorithms/model_rules.py" line="40"/>
        <source>input: {0}, then (x - {1}) / {2} ({3})</source>
        <translation>entrada: {0}, después (x - {1}) / {2} ({3})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_rules.py" line="43"/>
        <source>input: {0}, no standardisation ({1})</source>
        <translation>entrada: {0}, sin estandarización ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_rules.py" line="48"/>
        <source>output: {0}</source>
        <translation>salida: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="88"/>
        <source>The raster to process: GeoTIFF, VRT, GeoPackage raster or any other raster QGIS opens, or a web layer (WMS/XYZ, read as RGB; give a processing extent).</source>
        <translation>El ráster que se procesa: GeoTIFF, VRT, ráster GeoPackage o cualquier otro ráster que abra QGIS, o una capa web (WMS/XYZ, leída como RGB; indique una extensión de procesamiento).</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="92"/>
        <source>Optional. More rasters, processed with the input raster as the processing mode says.</source>
        <translation>Opcional. Más rásteres, procesados con el ráster de entrada según indique el modo de procesamiento.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="95"/>
        <source>0 Process as mosaicked image (default): the input and the additional rasters are read as one mosaic, which needs file rasters sharing one CRS and the same bands. 1 Process all raster items separately: {0}</source>
        <translation>0 Procesar como imagen en mosaico (predeterminado): el ráster de entrada y los rásteres adicionales se leen como un único mosaico, lo que requiere rásteres de archivo con el mismo SRC y las mismas bandas. 1 Procesar cada ráster por separado: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="104"/>
        <source>each raster is processed on its own.</source>
        <translation>cada ráster se procesa por separado.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="108"/>
        <source>Input raster</source>
        <translation>Ráster de entrada</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="111"/>
        <source>Additional input rasters</source>
        <translation>Rásteres de entrada adicionales</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="117"/>
        <source>Processing mode</source>
        <translation>Modo de procesamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="118"/>
        <source>Process as mosaicked image</source>
        <translation>Procesar como imagen en mosaico</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="118"/>
        <source>Process all raster items separately</source>
        <translation>Procesar cada ráster por separado</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="127"/>
        <source>The input raster could not be opened.</source>
        <translation>No se pudo abrir el ráster de entrada.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="146"/>
        <source>The {0} model: {1}</source>
        <translation>El modelo de {0}: {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="149"/>
        <source>Name/Value table of model arguments: {0}. An empty value keeps the model&apos;s default; an unknown name is an error listing the known ones. With qgis_process give name,value pairs separated by commas, e.g. batch_size,8.</source>
        <translation>Tabla Nombre/Valor de los argumentos del modelo: {0}. Un valor vacío conserva el predeterminado del modelo; un nombre desconocido es un error que enumera los conocidos. Con qgis_process indique pares nombre,valor separados por comas, p. ej. batch_size,8.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="154"/>
        <source>0 Auto (default): the best available onnxruntime execution provider (TensorRT, CUDA, DirectML, CoreML, ROCm, OpenVINO, then CPU); 1 CPU; 2 GPU: fails, listing the providers that exist, when none is available. The log names the provider that runs.</source>
        <translation>0 Automático (predeterminado): el mejor proveedor de ejecución de onnxruntime disponible (TensorRT, CUDA, DirectML, CoreML, ROCm, OpenVINO y, por último, CPU); 1 CPU; 2 GPU: falla, enumerando los proveedores existentes, si no hay ninguno disponible. El registro indica el proveedor que se ejecuta.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="159"/>
        <source>Advanced. The GPU to run on where there are several: 0 (default) for the first. Used by the processor types Auto and GPU.</source>
        <translation>Avanzado. La GPU en la que se ejecuta si hay varias: 0 (predeterminado) para la primera. La usan los tipos de procesador Automático y GPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="176"/>
        <source>Model arguments (empty value = model default)</source>
        <translation>Argumentos del modelo (valor vacío = valor predeterminado del modelo)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="179"/>
        <location filename="../gui/model_arguments_widget.py" line="42"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="179"/>
        <location filename="../gui/model_arguments_widget.py" line="42"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="192"/>
        <source>Processor type</source>
        <translation>Tipo de procesador</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="193"/>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="193"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="198"/>
        <source>GPU id</source>
        <translation>ID de la GPU</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="209"/>
        <source>This tool needs a model of type &apos;{1}&apos;; this model is of type &apos;{0}&apos;.</source>
        <translation>Esta herramienta necesita un modelo de tipo «{1}»; este modelo es de tipo «{0}».</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="227"/>
        <source>Execution provider: {0}</source>
        <translation>Proveedor de ejecución: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="230"/>
        <source>The requested provider could not run the model; running on {0} ({1}).</source>
        <translation>El proveedor solicitado no pudo ejecutar el modelo; se ejecuta en {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="241"/>
        <source>The model failed on a batch of several images but runs on one: its graph only works at batch size 1, so it went on one image at a time. Set batch_size to 1 to skip this check.</source>
        <translation>El modelo falló con un lote de varias imágenes pero funciona con una: su grafo solo funciona con un tamaño de lote de 1, así que se continuó imagen por imagen. Establezca batch_size en 1 para omitir esta comprobación.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="274"/>
        <source>The model was trained at a cell size of {0} m on the ground; the input ({1:.6g} map units) is read at {2:.6g} map units. Set a cell size to override.</source>
        <translation>El modelo se entrenó con un tamaño de celda de {0} m sobre el terreno; la entrada ({1:.6g} unidades de mapa) se lee a {2:.6g} unidades de mapa. Indique un tamaño de celda para cambiarlo.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="281"/>
        <source>The model was trained at a cell size of {0} m, but the input&apos;s CRS is in degrees: it is read at its own cell size. Reproject the input to a projected CRS to read it at the model&apos;s scale.</source>
        <translation>El modelo se entrenó con un tamaño de celda de {0} m, pero el SRC de la entrada está en grados: se lee con su propio tamaño de celda. Reproyecte la entrada a un SRC proyectado para leerla a la escala del modelo.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="290"/>
        <source>The model states no training cell size: the web layer is read at its finest resolution. Give a cell size to read it at another scale.</source>
        <translation>El modelo no indica ningún tamaño de celda de entrenamiento: la capa web se lee con su resolución más fina. Indique un tamaño de celda para leerla a otra escala.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="300"/>
        <source>, {0:.4g} m on the ground</source>
        <translation>, {0:.4g} m sobre el terreno</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="302"/>
        <source> at {0:.1f} degrees of latitude</source>
        <translation> a {0:.1f} grados de latitud</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="305"/>
        <source>, web-map zoom {0:.1f}</source>
        <translation>, zoom de mapa web {0:.1f}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="307"/>
        <source>Input read at a cell size of {0:.6g} map units{1}{2}.</source>
        <translation>Entrada leída con un tamaño de celda de {0:.6g} unidades de mapa{1}{2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="312"/>
        <source>The web layer&apos;s tiles are read at {0:.6g} map units per pixel (its nearest finer zoom level) and averaged down, so the model never sees enlarged tiles.</source>
        <translation>Las teselas de la capa web se leen a {0:.6g} unidades de mapa por píxel (su nivel de zoom más fino más cercano) y se promedian a la baja, de modo que el modelo nunca ve teselas ampliadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters.py" line="11"/>
        <source>Deep learning models (*.emd *.dlpk *.onnx *.json);;All files (*.*)</source>
        <translation>Modelos de aprendizaje profundo (*.emd *.dlpk *.onnx *.json);;Todos los archivos (*.*)</translation>
    </message>
    <message>
        <location filename="../gui/model_arguments_widget.py" line="50"/>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <location filename="../gui/model_arguments_widget.py" line="50"/>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
</context>
<context>
    <name>RasterDLCore</name>
    <message>
        <location filename="../core/dependencies.py" line="126"/>
        <source>The Python package &apos;{package}&apos; is required but could not be imported ({error}). Install it into the Python that QGIS uses with:
    {command}
then restart QGIS.</source>
        <translation>Se necesita el paquete de Python «{package}», pero no se pudo importar ({error}). Instálelo en el Python que usa QGIS con:
    {command}
y después reinicie QGIS.</translation>
    </message>
    <message>
        <location filename="../core/dependency_installer.py" line="109"/>
        <source>The NVIDIA GPU (CUDA) build of onnxruntime does not exist for macOS; choose the CPU or Automatic build (the CPU build uses Core ML on Apple hardware).</source>
        <translation>La variante para GPU NVIDIA (CUDA) de onnxruntime no existe para macOS; elija la variante para CPU o Automático (la variante para CPU usa Core ML en hardware de Apple).</translation>
    </message>
    <message>
        <location filename="../core/dependency_installer.py" line="304"/>
        <source>The installation was canceled; pip was stopped.</source>
        <translation>Se canceló la instalación; se detuvo pip.</translation>
    </message>
    <message>
        <location filename="../core/detection_decode.py" line="401"/>
        <source>The model has no outputs.</source>
        <translation>El modelo no tiene salidas.</translation>
    </message>
    <message>
        <location filename="../core/export_metadata.py" line="147"/>
        <source>Tile size and band count must be at least 1.</source>
        <translation>El tamaño de tesela y el número de bandas deben ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../core/export_metadata.py" line="548"/>
        <source>MetaDataMode is missing</source>
        <translation>Falta MetaDataMode</translation>
    </message>
    <message>
        <location filename="../core/export_stats.py" line="207"/>
        <source>BandStatsState is empty.</source>
        <translation>BandStatsState está vacío.</translation>
    </message>
    <message>
        <location filename="../core/export_stats.py" line="523"/>
        <source>A class label chip holds non-integer values.</source>
        <translation>Un recorte de etiquetas de clase contiene valores no enteros.</translation>
    </message>
    <message>
        <location filename="../core/label_formats.py" line="215"/>
        <source>A MultiLabeled_Tiles chip needs at least one class.</source>
        <translation>Un recorte de MultiLabeled_Tiles necesita al menos una clase.</translation>
    </message>
    <message>
        <location filename="../core/label_formats.py" line="242"/>
        <source>A polygon ring has a non-finite coordinate.</source>
        <translation>Un anillo de polígono tiene una coordenada no finita.</translation>
    </message>
    <message>
        <location filename="../core/label_formats.py" line="405"/>
        <source>A COCO annotation needs a box or at least one polygon.</source>
        <translation>Una anotación COCO necesita una caja o al menos un polígono.</translation>
    </message>
    <message>
        <location filename="../core/model_arguments.py" line="303"/>
        <source>The tile size must be larger than twice the padding: tile_size {tile_size} with padding {padding}. Lower the padding below {limit} or raise the tile size.</source>
        <translation>El tamaño de tesela debe ser mayor que el doble del margen: tile_size {tile_size} con padding {padding}. Reduzca el margen por debajo de {limit} o aumente el tamaño de tesela.</translation>
    </message>
    <message>
        <location filename="../core/model_arguments.py" line="319"/>
        <source>The model takes tiles of {width} x {height} pixels (width x height) but tile_size is {tile_size}. Set tile_size to {wanted}.</source>
        <translation>El modelo toma teselas de {width} x {height} píxeles (anchura x altura), pero tile_size es {tile_size}. Establezca tile_size en {wanted}.</translation>
    </message>
    <message>
        <location filename="../core/model_arguments.py" line="332"/>
        <source>The threshold must be between 0 and 1, got {value}.</source>
        <translation>El umbral debe estar entre 0 y 1; se recibió {value}.</translation>
    </message>
    <message>
        <location filename="../core/model_arguments.py" line="164"/>
        <source>The model argument value &apos;{value}&apos; has no name. Name it or remove the row.</source>
        <translation>El valor de argumento del modelo «{value}» no tiene nombre. Póngale un nombre o quite la fila.</translation>
    </message>
    <message>
        <location filename="../core/model_arguments.py" line="170"/>
        <source>Unknown model argument &apos;{name}&apos;. The known arguments are: {known}.</source>
        <translation>Argumento del modelo desconocido «{name}». Los argumentos conocidos son: {known}.</translation>
    </message>
    <message>
        <location filename="../core/model_arguments.py" line="176"/>
        <source>The model argument &apos;{name}&apos; is given twice. Keep one row.</source>
        <translation>El argumento del modelo «{name}» se indica dos veces. Conserve una sola fila.</translation>
    </message>
    <message>
        <location filename="../core/model_arguments.py" line="182"/>
        <source>The model argument &apos;{name}&apos; must be {expected}, got &apos;{value}&apos;.</source>
        <translation>El argumento del modelo «{name}» debe ser {expected}; se recibió «{value}».</translation>
    </message>
    <message>
        <location filename="../core/model_loader.py" line="135"/>
        <source>No model definition was given. Choose an .emd, .dlpk or .onnx file, or paste the JSON.</source>
        <translation>No se ha indicado ninguna definición de modelo. Elija un archivo .emd, .dlpk u .onnx, o pegue el JSON.</translation>
    </message>
    <message>
        <location filename="../core/model_loader.py" line="140"/>
        <source>The model definition &apos;{path}&apos; does not exist or is not a file. Choose an existing .emd, .dlpk or .onnx file.</source>
        <translation>La definición de modelo «{path}» no existe o no es un archivo. Elija un archivo .emd, .dlpk u .onnx existente.</translation>
    </message>
    <message>
        <location filename="../core/model_loader.py" line="778"/>
        <source>{where} is not valid JSON: {error} at line {line}, column {column}. Fix the syntax (quotes, commas, brackets) there.</source>
        <translation>{where} no es un JSON válido: {error} en la línea {line}, columna {column}. Corrija ahí la sintaxis (comillas, comas, corchetes).</translation>
    </message>
    <message>
        <location filename="../core/object_classifier.py" line="512"/>
        <source>The object classification was cancelled.</source>
        <translation>Se canceló la clasificación de objetos.</translation>
    </message>
    <message>
        <location filename="../core/object_detector.py" line="582"/>
        <source>The object detection was cancelled.</source>
        <translation>Se canceló la detección de objetos.</translation>
    </message>
    <message>
        <location filename="../core/pixel_classifier.py" line="145"/>
        <source>The model definition lists no classes and the model output does not fix the number of classes. Add Classes to the model definition, one per output channel.</source>
        <translation>La definición del modelo no enumera ninguna clase y la salida del modelo no fija el número de clases. Añada Classes a la definición del modelo, una por canal de salida.</translation>
    </message>
    <message>
        <location filename="../core/pixel_classifier.py" line="959"/>
        <source>The classification was cancelled.</source>
        <translation>Se canceló la clasificación.</translation>
    </message>
    <message>
        <location filename="../core/preprocess.py" line="39"/>
        <source>The model wants bands {wanted} (1-based) but the raster has {count} bands. Use a raster with these bands, or a model definition whose ExtractBands (0-based) matches this raster.</source>
        <translation>El modelo necesita las bandas {wanted} (numeradas desde 1), pero el ráster tiene {count} bandas. Use un ráster con esas bandas o una definición de modelo cuyo ExtractBands (numerado desde 0) corresponda a este ráster.</translation>
    </message>
    <message>
        <location filename="../core/preprocess.py" line="74"/>
        <source>The model takes tiles of {model_height} x {model_width} pixels but the tile size is {height} x {width}. Set tile_size to {size}, the model&apos;s size.</source>
        <translation>El modelo toma teselas de {model_height} x {model_width} píxeles, pero el tamaño de tesela es {height} x {width}. Establezca tile_size en {size}, el tamaño del modelo.</translation>
    </message>
    <message>
        <location filename="../core/preprocess.py" line="34"/>
        <source>The model wants bands {wanted} (1-based) but the raster has 1 band. Use a raster with these bands, or a model definition whose ExtractBands (0-based) matches this raster.</source>
        <translation>El modelo necesita las bandas {wanted} (numeradas desde 1), pero el ráster tiene 1 banda. Use un ráster con esas bandas o una definición de modelo cuyo ExtractBands (numerado desde 0) corresponda a este ráster.</translation>
    </message>
    <message>
        <location filename="../core/qgis_io.py" line="629"/>
        <source>The input rasters could not be mosaicked; process them separately.</source>
        <translation>No se pudo crear un mosaico con los rásteres de entrada; procéselos por separado.</translation>
    </message>
    <message>
        <location filename="../core/qgis_io.py" line="126"/>
        <source>The processing extent does not overlap the input raster: choose an extent inside the raster.</source>
        <translation>La extensión de procesamiento no se solapa con el ráster de entrada: elija una extensión dentro del ráster.</translation>
    </message>
    <message>
        <location filename="../core/qgis_io.py" line="866"/>
        <source>The output &apos;{path}&apos; cannot be written ({reason}). Choose a folder you can write to.</source>
        <translation>No se puede escribir la salida «{path}» ({reason}). Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../core/runtime.py" line="192"/>
        <source>No samples to run: the batch is empty.</source>
        <translation>No hay muestras que procesar: el lote está vacío.</translation>
    </message>
    <message>
        <location filename="../core/training_export.py" line="197"/>
        <source>Give the class data: a labelled vector layer (input class data) or a classified raster. Only the Export_Tiles format works without labels.</source>
        <translation>Indique los datos de clase: una capa vectorial etiquetada (datos de clase de entrada) o un ráster clasificado. Solo el formato Export_Tiles funciona sin etiquetas.</translation>
    </message>
    <message>
        <location filename="../core/training_export.py" line="207"/>
        <source>Only MAP_SPACE and PIXEL_SPACE are supported: image space needs the sensor model of the image, which QGIS does not provide.</source>
        <translation>Solo se admiten MAP_SPACE y PIXEL_SPACE: el espacio de imagen necesita el modelo del sensor de la imagen, que QGIS no proporciona.</translation>
    </message>
    <message>
        <location filename="../core/training_export.py" line="329"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>RasterDeepLearningPlugin</name>
    <message>
        <location filename="../plugin.py" line="95"/>
        <source>&amp;Raster Deep Learning</source>
        <translation>&amp;Aprendizaje profundo ráster</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="103"/>
        <source>Install dependencies…</source>
        <translation>Instalar dependencias…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="106"/>
        <source>Install onnxruntime and OpenCV for the deep-learning tools</source>
        <translation>Instalar onnxruntime y OpenCV para las herramientas de aprendizaje profundo</translation>
    </message>
</context>
<context>
    <name>RasterDeepLearningProvider</name>
    <message>
        <location filename="../provider/provider.py" line="25"/>
        <source>Raster Deep Learning</source>
        <translation>Aprendizaje profundo ráster</translation>
    </message>
</context>
</TS>
