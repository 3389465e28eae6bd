"""Las palabras del kit de políticas en español. Marcadores: ver ``facts.PLACEHOLDERS`` y ``content.py``.

Escrito para DocGuard a partir de los principios que los colegios y organismos profesionales
(AMA, GMC, FSMB, BMA) fijan para los médicos en internet: confidencialidad, límites
profesionales, ningún consejo individual en línea, derivar a los canales oficiales y registrar.
A los pacientes se les trata de usted; las normas del personal van en infinitivo.
"""

from __future__ import annotations

from docguard.policykit.content import (
    ChannelWords,
    Content,
    DisclaimerWords,
    Fallbacks,
    HandoutWords,
    KitWords,
    Listed,
    PolicyWords,
    PrivacyWords,
    ReplyWords,
    Tabled,
)
from docguard.policykit.platforms import Platform

ES = Content(
    lang="es",
    fallbacks=Fallbacks(
        practice="nuestro consultorio",
        clinician="cada profesional clínico del consultorio",
        professional_page="nuestra página profesional",
        contact="comuníquese con el consultorio por teléfono o por su portal de pacientes",
    ),
    channels=ChannelWords(
        phone="llame al {phone}",
        portal="use el portal de pacientes en {portal}",
        email="escriba a {email}",
        hours="({hours})",
        joiner=", ",
        last_joiner=" o ",
        labels={"phone": "Teléfono", "portal": "Portal de pacientes", "email": "Correo electrónico", "hours": "Horario", "address": "Dirección"},
    ),
    kit=KitWords(
        title="Kit de política de redes sociales: {practice}",
        intro="Cinco documentos creados a partir del perfil del consultorio. Imprímalos, firme la política y entregue la hoja informativa a los pacientes.",
        contents_title="Contenido",
        generated="Generado por DocGuard {version} el {date}. Origen de los datos: {source}. Vuelva a ejecutar «docguard policy build» después de cambiar el perfil.",
        page="Página {page}",
        source_file="el perfil del consultorio {file}",
        source_builtin="los valores predeterminados de DocGuard (sin perfil del consultorio)",
    ),
    policy=PolicyWords(
        title="Política de redes sociales: {practice}",
        intro=(
            "Esta política indica qué puede hacer en redes sociales todo el personal de {practice}, qué debe consultar antes y qué no debe hacer nunca. "
            "Se aplica a las cuentas oficiales del consultorio y a las cuentas personales siempre que se pueda saber que la persona trabaja aquí.",
            "Sigue las pautas que los organismos profesionales dan a los médicos y a sus equipos en internet (AMA, GMC, FSMB y BMA): "
            "en línea rigen los mismos deberes de confidencialidad, honestidad y límites profesionales que en la consulta. "
            "En esta política, «el profesional clínico» es {clinician}.",
        ),
        scope=Listed(
            title="Principios",
            intro="Cinco reglas están por encima de todo lo demás:",
            items=(
                "Confidencialidad: nunca se publica, responde ni envía en redes sociales nada que pueda identificar a un paciente o revelar que alguien es paciente.",
                "Ningún consejo individual en línea: la información general de salud está bien; el consejo sobre la salud de una persona solo se da en consulta.",
                "Canales oficiales: todo lo relativo a la atención de alguien pasa por el consultorio: {contact}.",
                "Límites: ninguna relación personal con pacientes a través de redes sociales, desde ninguna cuenta.",
                "Plantillas y registro: se responde con las respuestas estándar del consultorio y se registra todo lo que haya necesitado algo más que una plantilla.",
            ),
        ),
        zones_title="Verde, amarillo y rojo",
        zones_intro="Cada publicación, respuesta y mensaje cae en una de tres zonas. Ante la duda, se trata como la zona siguiente.",
        green=Listed(
            title="Verde: adelante",
            intro="El personal puede hacer esto sin preguntar:",
            items=(
                "Compartir información general de salud de fuentes fiables, citando la fuente.",
                "Publicar novedades del consultorio: horarios, cierres, nuevos servicios, campañas de salud pública.",
                "Agradecer comentarios amables con la respuesta estándar de agradecimiento, sin confirmar que la persona sea paciente.",
                "Responder una pregunta general (no sobre quien pregunta) con información general o con la respuesta para preguntas generales.",
                "Dirigir a los canales oficiales, con la respuesta estándar, a quien pregunte por su atención.",
            ),
        ),
        yellow=Listed(
            title="Amarillo: consultar antes",
            intro="Esto requiere la respuesta estándar o el visto bueno de la gerencia del consultorio antes de publicar o enviar nada:",
            items=(
                "Responder a cualquier reseña, buena o mala: solo la respuesta para reseñas, aprobada por la gerencia.",
                "Un mensaje que muestra que alguien depende emocionalmente del profesional clínico: la respuesta estándar, y avisar al profesional.",
                "Una solicitud de amistad, seguimiento o conexión de alguien que puede ser paciente: rechazarla con la respuesta estándar.",
                "Fotos o vídeos hechos en el consultorio: comprobar que no se ve ningún paciente, pantalla, historia clínica, pulsera ni pizarra.",
                "Cualquier historia sobre un caso, aunque se cambien detalles: consentimiento escrito del paciente y revisión de la gerencia antes.",
                "Hablar con periodistas u opinar en nombre del consultorio sobre noticias o debates públicos.",
            ),
        ),
        red=Listed(
            title="Rojo: nunca",
            intro="Nadie hace esto, desde ninguna cuenta, lo pida quien lo pida:",
            items=(
                "Dar consejo médico personal, un diagnóstico, una dosis o un tratamiento por mensaje directo, comentario o respuesta a una reseña.",
                "Hablar de citas, recetas, resultados, diagnósticos o facturas en redes sociales, aunque sea el paciente quien lo saque.",
                "Confirmar o negar que alguien es o fue paciente, también al responder a una reseña.",
                "Aceptar o enviar solicitudes de amistad a pacientes actuales, o seguirlos, desde una cuenta personal.",
                "Publicar algo que pueda identificar a un paciente (nombre, foto, fecha, lugar o un detalle poco común) sin su consentimiento escrito.",
                "Discutir con quien deja una reseña o un comentario, culparle, amenazarle o revelar algo sobre esa persona.",
                "Iniciar o mantener una relación sentimental o personal con un paciente a través de redes sociales.",
                "Buscar las redes sociales de un paciente por curiosidad, o usarlas en su atención sin decírselo.",
                "Promocionar un producto o servicio a cambio de dinero sin indicarlo, o afirmar lo que la evidencia no respalda.",
            ),
        ),
        roles=Tabled(
            title="Quién responde qué",
            intro="Quien vea primero un mensaje lo gestiona como se indica; si alguien falta, le cubre la siguiente persona de la tabla.",
            header=("Qué llega", "Quién responde", "Cómo"),
            rows=(
                ("Una emergencia, o una mención de suicidio o autolesión", "Quien lo vea primero, en el acto", "Enviar ya la respuesta de emergencia o de crisis, avisar ya al profesional clínico y registrarlo."),
                ("Una pregunta médica personal", "Recepción", "Enviar la respuesta para consultas médicas; nunca contestar la pregunta."),
                ("Citas, recetas, resultados, facturación", "Recepción", "Enviar la respuesta para citas; tramitar la petición solo por los canales oficiales."),
                ("Una pregunta general de salud", "Profesional clínico, o recepción con la plantilla", "Solo información general, o la respuesta para preguntas generales."),
                ("Una reseña en cualquier sitio", "Gerencia del consultorio", "Solo la respuesta para reseñas; la conversación sigue fuera de las redes."),
                ("Una solicitud de amistad, seguimiento o conexión de un paciente", "Quien la recibe", "Rechazarla con la respuesta para solicitudes; nunca aceptarla."),
                ("Mensajes románticos, amenazas, acoso, acecho", "Gerencia del consultorio", "Seguir los pasos de escalado; el profesional clínico no responde personalmente."),
                ("Una queja", "Gerencia del consultorio", "Invitar a la persona a usar el procedimiento de quejas por los canales oficiales."),
                ("Periodistas y declaraciones públicas", "Gerencia del consultorio", "Nadie más habla en nombre del consultorio."),
            ),
        ),
        escalation_title="Escalado",
        escalation_intro="Algunos mensajes no pueden esperar y otros no deben gestionarse a solas.",
        emergencies=Listed(
            title="Emergencias y crisis",
            intro="Un mensaje que describe una emergencia, o que menciona suicidio o autolesión:",
            items=(
                "Responder en el acto con la respuesta estándar de emergencia o de crisis: indica llamar ya al {emergency_number} y cómo contactar con {crisis_line} ({crisis_contact}).",
                "Avisar de inmediato al profesional clínico, en persona o por teléfono, no con un mensaje que pueda esperar.",
                "Si sabe quién es la persona y cree que corre peligro inmediato, llame usted al {emergency_number}.",
                "Registrar el mensaje, la hora, la respuesta y a quién se avisó.",
            ),
        ),
        threats=Listed(
            title="Amenazas, acoso y acecho",
            intro="Un mensaje que amenaza o acosa, o que muestra que alguien sigue al personal o al profesional clínico fuera del consultorio:",
            items=(
                "No responder más allá de la respuesta estándar, y no discutir.",
                "Documentar primero: una captura que muestre el nombre de la cuenta, la fecha, la hora y la dirección web, antes de borrar o bloquear nada.",
                "Informar a su supervisor o a la gerencia del consultorio el mismo día.",
                "Bloquear la cuenta y denunciarla a la plataforma.",
                "Ante una amenaza de violencia, o si alguien sigue o vigila al personal, la gerencia avisa a la policía (si hay peligro inmediato, llame al {emergency_number}).",
                "La gerencia decide si informa a la aseguradora o al seguro de responsabilidad profesional, y lo deja registrado.",
            ),
        ),
        records=Listed(
            title="Registro",
            intro="Se registra todo lo que haya necesitado algo más que una respuesta estándar:",
            items=(
                "Qué registrar: fecha y hora, plataforma y cuenta, el mensaje (o una captura), qué se hizo y quién lo hizo.",
                "Dónde: en el registro de incidencias o el sistema de registros del consultorio, nunca en un teléfono o una cuenta personal.",
                "La información clínica que un paciente envíe por redes sociales se incorpora a su historia solo por la vía habitual del consultorio, y se le pide que en adelante use los canales oficiales.",
                "Las decisiones de DocGuard («docguard triage --format jsonl») pueden guardarse como parte del registro.",
                "Los registros se conservan y destruyen según la política de registros del consultorio.",
            ),
        ),
        reviews=Listed(
            title="Responder a reseñas",
            intro="Las reseñas son públicas, y también cada respuesta:",
            items=(
                "Usar solo la respuesta estándar para reseñas, una vez aprobada por la gerencia.",
                "Nunca confirmar ni negar que quien escribe es o fue paciente, aunque lo diga esa persona.",
                "Nunca mencionar ningún detalle de la atención de nadie, ni corregir en público la versión de quien escribe.",
                "Invitar a la persona a hablar con el consultorio por los canales oficiales, y seguir allí.",
                "Denunciar al sitio las reseñas falsas, abusivas o que incumplan sus normas; no pedir a los pacientes que retiren reseñas ni ofrecer nada a cambio de ellas.",
            ),
        ),
        accounts=Listed(
            title="Cuentas personales y profesionales",
            intro="Mantener separadas las cuentas del consultorio y las cuentas personales de cada persona:",
            items=(
                "El consultorio publica y responde solo desde sus cuentas profesionales; varias personas formadas tienen acceso, cada una con su propio usuario.",
                "Las cuentas personales son privadas, no hablan en nombre del consultorio y dicen «opiniones propias» si se ve el trabajo de la persona.",
                "No se agrega, sigue ni acepta a pacientes actuales desde cuentas personales; se rechaza con la respuesta para solicitudes.",
                "Si un paciente escribe a una cuenta personal sobre su atención, se envía la respuesta estándar y no se sigue la conversación.",
                "Toda cuenta, personal o profesional, usa la verificación en dos pasos y los ajustes de la lista de privacidad.",
                "El acceso a las cuentas profesionales se retira el mismo día en que alguien deja el consultorio.",
            ),
        ),
        templates=Listed(
            title="Uso de las respuestas estándar",
            intro="Las respuestas estándar de este kit son la voz del consultorio en redes sociales:",
            items=(
                "Usarlas tal cual; si una situación necesita otras palabras, consultar a la gerencia.",
                "«docguard triage» lee lo que llega, indica su zona y redacta la respuesta adecuada; una persona lee cada borrador antes de enviarlo.",
                "El verde de DocGuard significa «no se encontró ninguna señal de alarma», no «se puede ignorar»: alguien sigue leyendo cada mensaje.",
            ),
        ),
        signoff_title="He leído esta política",
        signoff_statement="He leído esta política, la entiendo y la cumpliré.",
        signoff_header=("Nombre", "Puesto", "Firma", "Fecha"),
    ),
    handout=HandoutWords(
        title="Cómo comunicarse con {practice}",
        intro="Gracias por seguirnos. Nuestras redes sociales son para información general de salud y novedades del consultorio. Para cualquier asunto de su propia salud, use las vías que aparecen abajo.",
        emergency_title="En una emergencia",
        emergency="Llame ya al {emergency_number} o vaya a la sala de urgencias más cercana. No envíe un mensaje por redes sociales: estos mensajes no se vigilan para atención urgente.",
        crisis="Si está pensando en el suicidio o en hacerse daño, o vive una crisis de salud mental, puede hablar con {crisis_line} a cualquier hora: {crisis_contact}.",
        contact_title="Para citas, recetas, resultados y preguntas sobre su atención",
        contact_intro="Use una de estas vías; son las únicas por las que tratamos su atención:",
        no_channels="Pida en recepción el teléfono y el portal de pacientes del consultorio.",
        why_advice=Listed(
            title="¿Por qué no respondemos consultas médicas por mensaje directo?",
            intro="No es falta de interés. Las redes sociales no son el lugar para su atención:",
            items=(
                "No son privadas: otras personas pueden ver, compartir o guardar los mensajes y comentarios, que además no forman parte de su historia clínica.",
                "No son seguras: un buen consejo necesita sus antecedentes y a menudo una exploración; una respuesta rápida en línea podría no servirle.",
                "No se vigilan todo el tiempo: un mensaje puede esperar horas o días, demasiado si algo es urgente.",
            ),
        ),
        why_friends=Listed(
            title="¿Por qué no aceptamos solicitudes de amistad de pacientes?",
            intro="Nuestros profesionales y el personal no conectan con pacientes desde sus cuentas personales. No es nada personal:",
            items=(
                "Protege su información de salud: estar conectados podría mostrar a otros que usted es nuestro paciente.",
                "Mantiene una relación profesional, que forma parte de una buena atención.",
                "Es lo que los organismos profesionales piden a los médicos y a sus equipos.",
            ),
        ),
        follow="Para novedades e información general de salud, puede seguir {professional_page}.",
        expect=Listed(
            title="Qué esperar si nos escribe",
            intro="",
            items=(
                "Una respuesta breve que le indica las vías de arriba, sin consejo médico.",
                "No confirmaremos nada sobre la atención de nadie en línea, ni siquiera si alguien es nuestro paciente.",
                "Si escribe una reseña, quizá se la agradezcamos, pero no hablaremos de su atención en público, aunque usted lo haga.",
            ),
        ),
    ),
    disclaimers=DisclaimerWords(
        title="Avisos para la biografía y la publicación fijada",
        intro=(
            "Pegue estos textos en la biografía de cada perfil y en una publicación fijada en la parte superior del perfil. "
            "Cada uno cabe en el límite de la plataforma; la cuenta que aparece debajo es la que aplica la plataforma, o más.",
        ),
        how_to=Listed(
            title="Cómo usarlos",
            intro="",
            items=(
                "Pegue el texto tal cual; compruebe el teléfono y la dirección web una vez guardado.",
                "Fije la publicación en todas las plataformas que lo permitan; en TikTok, fije un vídeo breve con el texto como descripción.",
                "Vuelva a crear el kit cada vez que cambien el teléfono, el portal o el nombre del consultorio.",
            ),
        ),
        limits_title="Límites de longitud usados",
        limits_header=("Plataforma", "Campo de biografía", "Límite", "Texto fijado", "Límite de publicación"),
        bio_field={
            Platform.INSTAGRAM: "Biografía",
            Platform.FACEBOOK: "Presentación (biografía)",
            Platform.X: "Biografía",
            Platform.LINKEDIN: "Eslogan de la página o titular",
            Platform.TIKTOK: "Biografía",
        },
        pinned_field={
            Platform.INSTAGRAM: "Texto de una publicación fijada",
            Platform.FACEBOOK: "Publicación fijada",
            Platform.X: "Publicación fijada",
            Platform.LINKEDIN: "Publicación destacada",
            Platform.TIKTOK: "Descripción de un vídeo fijado",
        },
        bio_title="Biografía",
        pinned_title="Publicación fijada",
        count_note="{n} de {limit} caracteres.",
        shortened_note="Una versión más larga no cabía en {limit} caracteres con los datos de este consultorio, así que esta es más breve.",
        bio_variants=(
            "{practice}. Información general de salud, no consejo médico. Sin consultas médicas por mensaje: llame al {phone} o visite {portal}. Emergencias: {emergency_number}.",
            "{practice}. Información general, no consejo médico. Sin consultas médicas por mensaje: {contact_short}. Emergencias: {emergency_number}.",
            "Información general, no consejo médico. Sin consultas por mensaje: {contact_short}. Emergencias: {emergency_number}.",
            "No es consejo médico. Consultas: {contact_short}. Emergencias: {emergency_number}.",
            "No es consejo médico. Sin consultas por mensaje. Emergencias: {emergency_number}.",
            "No es consejo médico. Sin consultas médicas por mensaje.",
        ),
        pinned_variants=(
            "Le damos la bienvenida a la página oficial de {practice}.\n\n"
            "Lo que compartimos aquí es información general de salud, no un consejo médico para usted, y no sustituye a una consulta. "
            "Seguir esta página, dar «me gusta» o comentar no le convierte en paciente, y aquí nunca hablamos de la atención de nadie, "
            "ni siquiera para confirmar si alguien es paciente.\n\n"
            "Por favor, no publique ni envíe datos personales de salud: las redes sociales no son privadas y estos mensajes no se vigilan para atención urgente. "
            "Para citas, recetas, resultados o preguntas sobre su propia atención, {contact_list}.\n\n"
            "En una emergencia, llame ya al {emergency_number}. En una crisis de salud mental, puede hablar con {crisis_line}: {crisis_contact}.\n\n"
            "No aceptamos solicitudes de amistad de pacientes en cuentas personales, y podemos ocultar comentarios abusivos, "
            "que compartan información de salud de alguien o que hagan publicidad.",
            "Información general de salud, no consejo médico. Seguirnos o comentar no le convierte en paciente, "
            "y aquí no hablamos de la atención de nadie. Sobre su atención: {contact_short}. Emergencias: llame al {emergency_number}.",
            "Información general de salud, no consejo médico. Aquí no hablamos de la atención de nadie. "
            "Sobre su atención: {contact_short}. Emergencias: {emergency_number}.",
            "Información general de salud, no consejo médico. No hablamos de la atención de nadie en redes sociales: "
            "comuníquese directamente con el consultorio. En una emergencia, llame al número de emergencias local.",
        ),
    ),
    replies=ReplyWords(
        title="Respuestas estándar",
        intro=(
            "Estas son las respuestas del consultorio para lo que llega por redes sociales, completadas con sus datos. "
            "«docguard triage» elige la adecuada para cada mensaje; el personal también puede copiarlas de aquí.",
        ),
        used_when="Se usa cuando:",
        replies={
            "emergency": ("Emergencia", "un mensaje describe lo que puede ser una emergencia médica en curso."),
            "self_harm": ("Suicidio o autolesión", "un mensaje menciona el suicidio, la autolesión o el deseo de morir, sea de quien sea."),
            "threat_harassment": ("Amenazas y acoso", "un mensaje amenaza o acosa al profesional clínico o al personal; se registra y se escala."),
            "romantic": ("Insinuaciones románticas o personales", "un mensaje coquetea, es romántico o pide una relación personal."),
            "medical_advice": ("Consultas médicas personales", "alguien pide consejo sobre su propia salud o la de otra persona."),
            "appointment_admin": ("Citas y trámites", "alguien pregunta por citas, recetas, resultados o facturas."),
            "emotional_dependency": ("Dependencia emocional", "un mensaje muestra que alguien busca apoyo emocional en el profesional clínico."),
            "connection_request": ("Solicitudes de amistad y de conexión", "alguien que puede ser paciente envía una solicitud de amistad, seguimiento o conexión."),
            "review": ("Reseñas", "alguien publica una reseña u opinión pública sobre el consultorio, buena o mala."),
            "general_question": ("Preguntas generales de salud", "alguien hace una pregunta general de salud, no sobre sí mismo."),
            "thanks_comment": ("Comentarios amables", "un comentario agradece o elogia al consultorio."),
            "unsupported_language": ("Mensajes en otro idioma", "DocGuard no puede leer el idioma del mensaje; una persona lo revisa."),
        },
    ),
    privacy=PrivacyWords(
        title="Lista de ajustes de privacidad",
        intro=(
            "Marque cada ajuste una vez en cada cuenta que usen el consultorio y sus profesionales, y de nuevo cada seis meses: las plataformas cambian y renombran sus ajustes. "
            "Los nombres de los menús son los que tenían al escribir esto; si alguno se ha movido, busque el más parecido.",
        ),
        everywhere=Listed(
            title="En todas las plataformas",
            intro="",
            items=(
                "El consultorio tiene una cuenta profesional propia (una página o una cuenta de empresa o de creador); la cuenta personal del profesional clínico es aparte.",
                "La verificación en dos pasos está activada, con una aplicación de autenticación o una llave de seguridad mejor que con SMS.",
                "Cada persona con acceso tiene su propio usuario o rol; no se comparten contraseñas; se retira a quien ya no trabaja aquí.",
                "Las solicitudes de mensaje de personas a las que la cuenta no sigue quedan filtradas fuera de la bandeja principal.",
                "Las etiquetas y menciones necesitan aprobación antes de aparecer en el perfil.",
                "Los filtros de comentarios ocultan palabras ofensivas y las que añada el consultorio (datos de salud de pacientes, insultos al personal).",
                "No se añade la ubicación a las publicaciones, y antes de publicar se revisa que en las fotos no aparezcan pacientes, pantallas ni documentos.",
                "La sincronización de contactos (subir la agenda del teléfono) está desactivada, para que no se sugieran pacientes como amistades.",
                "Se revisan las aplicaciones conectadas y las sesiones activas, y se eliminan las desconocidas.",
                "Una primera respuesta automática a los mensajes indica los canales oficiales (use las respuestas estándar).",
            ),
        ),
        platforms={
            Platform.INSTAGRAM: (
                "El consultorio usa una cuenta profesional (de empresa o de creador); la cuenta personal es privada.",
                "Mensajes: las solicitudes de personas a las que no sigue se quedan en Solicitudes; las respuestas a historias se limitan a quienes sigue.",
                "Palabras ocultas: ocultar comentarios y solicitudes de mensaje ofensivos, activar el filtro avanzado de comentarios y añadir las palabras del consultorio.",
                "Etiquetas y menciones: permitir etiquetas solo de quienes sigue y aprobarlas a mano antes de que aparezcan en el perfil.",
                "Comentarios: limitar quién puede comentar cuando haga falta, y usar Límites ante una oleada de comentarios no deseados.",
                "El estado de actividad está desactivado, para que los pacientes no vean cuándo está en línea la cuenta.",
                "Las listas de seguidores y seguidos no se pueden ocultar en una cuenta pública: mantener privada la cuenta personal para que solo las vean los seguidores aprobados.",
                "Las sugerencias de cuenta y la sincronización de contactos están desactivadas en la cuenta personal.",
                "La autenticación en dos pasos está activada (Centro de cuentas, Contraseña y seguridad).",
            ),
            Platform.FACEBOOK: (
                "El consultorio publica como página de Facebook, nunca desde un perfil personal.",
                "Perfil personal: lista de amigos visible para Solo yo; publicaciones futuras visibles para Amigos; publicaciones públicas anteriores limitadas.",
                "Perfil personal: solicitudes de amistad solo de amigos de amigos; búsqueda por correo electrónico o teléfono limitada a Solo yo o Amigos.",
                "Perfil y etiquetado: revisar las publicaciones en las que le etiquetan antes de que aparezcan, y las etiquetas que otros añaden a sus publicaciones.",
                "Moderación de la página: activar el filtro de groserías y añadir palabras bloqueadas, incluida la lista del consultorio.",
                "Mensajes de la página: una respuesta instantánea indica los canales oficiales; una persona designada revisa la bandeja de entrada.",
                "Reseñas y recomendaciones: decidir si están activadas; si lo están, responder solo con la respuesta estándar para reseñas.",
                "Acceso a la página: cada persona del equipo tiene su propio acceso por tareas; a quien deja el consultorio se le retira el mismo día.",
                "La subida de contactos está desactivada en Facebook y Messenger; las alertas de inicio de sesión y la autenticación en dos pasos, activadas.",
            ),
            Platform.X: (
                "El consultorio tiene su propia cuenta; una cuenta personal que mencione el consultorio está protegida (solo la ven los seguidores aprobados).",
                "Mensajes directos: permitirlos solo de cuentas que sigue y mantener activado el filtro de calidad de las solicitudes de mensaje.",
                "Etiquetado de fotos: desactivado, o solo pueden etiquetarle las cuentas que sigue.",
                "Visibilidad: nadie puede encontrar la cuenta por el correo electrónico ni por el número de teléfono.",
                "Notificaciones: el filtro de calidad está activado, y las palabras silenciadas incluyen la lista del consultorio.",
                "Respuestas: limitar quién puede responder a una publicación (cuentas que sigue o cuentas que menciona) cuando un tema atraiga preguntas personales.",
                "No se añade la ubicación a las publicaciones; las confirmaciones de lectura están desactivadas.",
                "La lista de seguidores no se puede ocultar salvo que la cuenta esté protegida.",
                "La autenticación en dos pasos está activada, con una aplicación de autenticación o una llave de seguridad.",
            ),
            Platform.LINKEDIN: (
                "El consultorio tiene una página de empresa con administradores designados; el perfil del profesional clínico es aparte.",
                "Las solicitudes de conexión de pacientes actuales se rechazan con la respuesta estándar para solicitudes.",
                "Visibilidad: sus contactos no pueden ver su lista de contactos.",
                "Visibilidad: nadie puede encontrar su perfil por su correo electrónico o teléfono; su correo solo lo ve usted.",
                "Menciones o etiquetas de otros: desactivadas, o revisadas.",
                "Las novedades del perfil (nuevo empleo, aniversarios laborales) no se comparten automáticamente con la red.",
                "El estado activo no es visible para nadie.",
                "Mensajes: InMail y solicitudes de mensaje de personas fuera de su red, limitados.",
                "Página de empresa: un administrador modera los comentarios; a quien deja el consultorio se le retira el rol de administrador el mismo día.",
                "La verificación en dos pasos está activada.",
            ),
            Platform.TIKTOK: (
                "El consultorio usa una cuenta de empresa; la cuenta personal es privada.",
                "Mensajes directos: de nadie, o solo de seguidores mutuos (una cuenta de empresa puede fijar una respuesta automática que indique los canales oficiales).",
                "Comentarios: filtrar el spam y los comentarios ofensivos, y añadir filtros de palabras clave con la lista del consultorio.",
                "Menciones y etiquetas: solo de personas que sigue, o de nadie.",
                "Sugerir su cuenta a otros: desactivado para contactos, amigos de Facebook, personas con conexiones en común y personas que abren o le envían enlaces.",
                "La lista de seguidos y los vídeos que le gustan solo los ve usted.",
                "Dúos, Stitch y descargas desactivados en los vídeos grabados en el consultorio.",
                "El estado de actividad y el historial de visitas al perfil están desactivados.",
                "La verificación en dos pasos está activada.",
            ),
        },
        checked_title="Comprobado",
        checked_header=("Plataforma", "Cuenta", "Comprobado por", "Fecha"),
    ),
)

__all__ = ["ES"]
