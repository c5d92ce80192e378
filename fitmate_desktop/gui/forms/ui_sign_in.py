# GENERATED from ui/sign_in.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from fitmate_desktop.gui.panels.identity.step import StepStack
from fitmate_desktop.gui.widgets.spinner import Spinner

class Ui_SignInWindow(object):
    def setupUi(self, SignInWindow):
        if not SignInWindow.objectName():
            SignInWindow.setObjectName(u"SignInWindow")
        SignInWindow.resize(560, 680)
        SignInWindow.setMinimumSize(QSize(460, 600))
        self.outerLayout = QVBoxLayout(SignInWindow)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(24, 24, 24, 24)
        self.topSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.centerRow = QHBoxLayout()
        self.centerRow.setObjectName(u"centerRow")
        self.leftSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerRow.addItem(self.leftSpacer)

        self.signInCard = QFrame(SignInWindow)
        self.signInCard.setObjectName(u"signInCard")
        self.signInCard.setMinimumSize(QSize(400, 0))
        self.signInCard.setMaximumSize(QSize(420, 16777215))
        self.cardLayout = QVBoxLayout(self.signInCard)
        self.cardLayout.setSpacing(4)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(36, 32, 36, 20)
        self.stepStack = StepStack(self.signInCard)
        self.stepStack.setObjectName(u"stepStack")
        self.passwordPage = QWidget()
        self.passwordPage.setObjectName(u"passwordPage")
        self.passwordPageLayout = QVBoxLayout(self.passwordPage)
        self.passwordPageLayout.setSpacing(4)
        self.passwordPageLayout.setObjectName(u"passwordPageLayout")
        self.passwordPageLayout.setContentsMargins(0, 0, 0, 0)
        self.logoLabel = QLabel(self.passwordPage)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setMinimumSize(QSize(64, 64))
        self.logoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.passwordPageLayout.addWidget(self.logoLabel)

        self.titleLabel = QLabel(self.passwordPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.titleLabel.setProperty(u"role", u"appTitle")

        self.passwordPageLayout.addWidget(self.titleLabel)

        self.gymLabel = QLabel(self.passwordPage)
        self.gymLabel.setObjectName(u"gymLabel")
        self.gymLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gymLabel.setWordWrap(True)
        self.gymLabel.setProperty(u"role", u"muted")

        self.passwordPageLayout.addWidget(self.gymLabel)

        self.titleSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.passwordPageLayout.addItem(self.titleSpacer)

        self.emailLabel = QLabel(self.passwordPage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.passwordPageLayout.addWidget(self.emailLabel)

        self.emailEdit = QLineEdit(self.passwordPage)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly|Qt.InputMethodHint.ImhNoAutoUppercase)
        self.emailEdit.setClearButtonEnabled(True)
        self.emailEdit.setProperty(u"field", True)

        self.passwordPageLayout.addWidget(self.emailEdit)

        self.emailError = QLabel(self.passwordPage)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"role", u"fieldError")

        self.passwordPageLayout.addWidget(self.emailError)

        self.passwordLabel = QLabel(self.passwordPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.passwordPageLayout.addWidget(self.passwordLabel)

        self.passwordEdit = QLineEdit(self.passwordPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordEdit.setProperty(u"field", True)

        self.passwordPageLayout.addWidget(self.passwordEdit)

        self.passwordError = QLabel(self.passwordPage)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"role", u"fieldError")

        self.passwordPageLayout.addWidget(self.passwordError)

        self.formError = QLabel(self.passwordPage)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"formError")

        self.passwordPageLayout.addWidget(self.formError)

        self.buttonSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.passwordPageLayout.addItem(self.buttonSpacer)

        self.signInButton = QPushButton(self.passwordPage)
        self.signInButton.setObjectName(u"signInButton")
        self.signInButton.setProperty(u"primary", True)

        self.passwordPageLayout.addWidget(self.signInButton)

        self.busyRow = QWidget(self.passwordPage)
        self.busyRow.setObjectName(u"busyRow")
        self.busyLayout = QHBoxLayout(self.busyRow)
        self.busyLayout.setObjectName(u"busyLayout")
        self.busyLayout.setContentsMargins(0, 6, 0, 0)
        self.busyLeftSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.busyLayout.addItem(self.busyLeftSpacer)

        self.busySpinner = Spinner(self.busyRow)
        self.busySpinner.setObjectName(u"busySpinner")

        self.busyLayout.addWidget(self.busySpinner)

        self.busyLabel = QLabel(self.busyRow)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setProperty(u"role", u"muted")

        self.busyLayout.addWidget(self.busyLabel)

        self.busyRightSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.busyLayout.addItem(self.busyRightSpacer)


        self.passwordPageLayout.addWidget(self.busyRow)

        self.stepStack.addWidget(self.passwordPage)

        self.cardLayout.addWidget(self.stepStack)

        self.footerSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.cardLayout.addItem(self.footerSpacer)

        self.separator = QFrame(self.signInCard)
        self.separator.setObjectName(u"separator")
        self.separator.setFrameShape(QFrame.Shape.HLine)
        self.separator.setFrameShadow(QFrame.Shadow.Sunken)

        self.cardLayout.addWidget(self.separator)

        self.connectionGrid = QGridLayout()
        self.connectionGrid.setObjectName(u"connectionGrid")
        self.connectionGrid.setHorizontalSpacing(8)
        self.connectionGrid.setVerticalSpacing(8)
        self.connectionGrid.setContentsMargins(-1, 8, -1, -1)
        self.connectionIcon = QLabel(self.signInCard)
        self.connectionIcon.setObjectName(u"connectionIcon")
        self.connectionIcon.setMinimumSize(QSize(16, 18))
        self.connectionIcon.setMaximumSize(QSize(16, 18))

        self.connectionGrid.addWidget(self.connectionIcon, 0, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.connectionLabel = QLabel(self.signInCard)
        self.connectionLabel.setObjectName(u"connectionLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.connectionLabel.sizePolicy().hasHeightForWidth())
        self.connectionLabel.setSizePolicy(sizePolicy)
        self.connectionLabel.setWordWrap(True)

        self.connectionGrid.addWidget(self.connectionLabel, 0, 1, 1, 1)

        self.retryButton = QPushButton(self.signInCard)
        self.retryButton.setObjectName(u"retryButton")

        self.connectionGrid.addWidget(self.retryButton, 1, 1, 1, 1, Qt.AlignmentFlag.AlignLeft)


        self.cardLayout.addLayout(self.connectionGrid)


        self.centerRow.addWidget(self.signInCard)

        self.rightSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerRow.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.centerRow)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

        self.versionLabel = QLabel(SignInWindow)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.versionLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.versionLabel)

#if QT_CONFIG(shortcut)
        self.emailLabel.setBuddy(self.emailEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.emailEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.signInButton)
        QWidget.setTabOrder(self.signInButton, self.retryButton)

        self.retranslateUi(SignInWindow)

        QMetaObject.connectSlotsByName(SignInWindow)
    # setupUi

    def retranslateUi(self, SignInWindow):
        SignInWindow.setWindowTitle(QCoreApplication.translate("SignInWindow", u"FitMate \u2014 Sign in", None))
        self.titleLabel.setText(QCoreApplication.translate("SignInWindow", u"FitMate", None))
        self.gymLabel.setText(QCoreApplication.translate("SignInWindow", u"Front desk and back office", None))
        self.emailLabel.setText(QCoreApplication.translate("SignInWindow", u"&Email", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("SignInWindow", u"name@yourgym.com", None))
        self.passwordLabel.setText(QCoreApplication.translate("SignInWindow", u"&Password", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("SignInWindow", u"Your password", None))
        self.signInButton.setText(QCoreApplication.translate("SignInWindow", u"Sign in", None))
        self.busyLabel.setText(QCoreApplication.translate("SignInWindow", u"Signing in\u2026", None))
        self.connectionLabel.setText(QCoreApplication.translate("SignInWindow", u"Connecting to the database\u2026", None))
        self.retryButton.setText(QCoreApplication.translate("SignInWindow", u"&Retry", None))
    # retranslateUi
