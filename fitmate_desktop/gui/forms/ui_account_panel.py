# GENERATED from ui/account_panel.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from fitmate_desktop.gui.panels.identity.password import ChangePasswordForm

class Ui_AccountPanel(object):
    def setupUi(self, AccountPanel):
        if not AccountPanel.objectName():
            AccountPanel.setObjectName(u"AccountPanel")
        AccountPanel.resize(900, 760)
        self.panelLayout = QVBoxLayout(AccountPanel)
        self.panelLayout.setSpacing(10)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(18, 14, 18, 12)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(AccountPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"h1")

        self.headerRow.addWidget(self.titleLabel)

        self.spacer10 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.spacer10)


        self.panelLayout.addLayout(self.headerRow)

        self.accountScroll = QScrollArea(AccountPanel)
        self.accountScroll.setObjectName(u"accountScroll")
        self.accountScroll.setWidgetResizable(True)
        self.accountScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.accountContents = QWidget()
        self.accountContents.setObjectName(u"accountContents")
        self.accountContents.setGeometry(QRect(0, 0, 800, 700))
        self.contentsRow = QHBoxLayout(self.accountContents)
        self.contentsRow.setObjectName(u"contentsRow")
        self.contentsRow.setContentsMargins(0, 0, 6, 0)
        self.column = QVBoxLayout()
        self.column.setSpacing(14)
        self.column.setObjectName(u"column")
        self.accountCard = QFrame(self.accountContents)
        self.accountCard.setObjectName(u"accountCard")
        self.accountCardLayout = QHBoxLayout(self.accountCard)
        self.accountCardLayout.setSpacing(16)
        self.accountCardLayout.setObjectName(u"accountCardLayout")
        self.accountCardLayout.setContentsMargins(20, 16, 20, 16)
        self.avatarLabel = QLabel(self.accountCard)
        self.avatarLabel.setObjectName(u"avatarLabel")
        self.avatarLabel.setMinimumSize(QSize(64, 64))
        self.avatarLabel.setMaximumSize(QSize(64, 64))

        self.accountCardLayout.addWidget(self.avatarLabel)

        self.whoBox = QVBoxLayout()
        self.whoBox.setSpacing(2)
        self.whoBox.setObjectName(u"whoBox")
        self.nameLabel = QLabel(self.accountCard)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setWordWrap(True)
        self.nameLabel.setProperty(u"role", u"h1")

        self.whoBox.addWidget(self.nameLabel)

        self.emailLabel = QLabel(self.accountCard)
        self.emailLabel.setObjectName(u"emailLabel")
        self.emailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.emailLabel.setProperty(u"role", u"muted")

        self.whoBox.addWidget(self.emailLabel)

        self.roleLabel = QLabel(self.accountCard)
        self.roleLabel.setObjectName(u"roleLabel")

        self.whoBox.addWidget(self.roleLabel)


        self.accountCardLayout.addLayout(self.whoBox)

        self.spacer5 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accountCardLayout.addItem(self.spacer5)

        self.deskBox = QVBoxLayout()
        self.deskBox.setSpacing(2)
        self.deskBox.setObjectName(u"deskBox")
        self.deskLabel = QLabel(self.accountCard)
        self.deskLabel.setObjectName(u"deskLabel")
        self.deskLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.deskLabel.setProperty(u"role", u"muted")

        self.deskBox.addWidget(self.deskLabel)

        self.sessionLabel = QLabel(self.accountCard)
        self.sessionLabel.setObjectName(u"sessionLabel")
        self.sessionLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.sessionLabel.setProperty(u"role", u"muted")

        self.deskBox.addWidget(self.sessionLabel)


        self.accountCardLayout.addLayout(self.deskBox)


        self.column.addWidget(self.accountCard)

        self.noticeLabel = QLabel(self.accountContents)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setProperty(u"role", u"muted")

        self.column.addWidget(self.noticeLabel)

        self.cardsRow = QHBoxLayout()
        self.cardsRow.setSpacing(14)
        self.cardsRow.setObjectName(u"cardsRow")
        self.passwordCard = QFrame(self.accountContents)
        self.passwordCard.setObjectName(u"passwordCard")
        self.passwordCardLayout = QVBoxLayout(self.passwordCard)
        self.passwordCardLayout.setSpacing(6)
        self.passwordCardLayout.setObjectName(u"passwordCardLayout")
        self.passwordCardLayout.setContentsMargins(20, 16, 20, 16)
        self.passwordTitle = QLabel(self.passwordCard)
        self.passwordTitle.setObjectName(u"passwordTitle")
        self.passwordTitle.setProperty(u"role", u"h2")

        self.passwordCardLayout.addWidget(self.passwordTitle)

        self.passwordHint = QLabel(self.passwordCard)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)
        self.passwordHint.setProperty(u"role", u"muted")

        self.passwordCardLayout.addWidget(self.passwordHint)

        self.passwordForm = ChangePasswordForm(self.passwordCard)
        self.passwordForm.setObjectName(u"passwordForm")

        self.passwordCardLayout.addWidget(self.passwordForm)

        self.passwordCardStretch = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)

        self.passwordCardLayout.addItem(self.passwordCardStretch)

        self.passwordCardLayout.setStretch(3, 1)

        self.cardsRow.addWidget(self.passwordCard)

        self.twoStepCard = QFrame(self.accountContents)
        self.twoStepCard.setObjectName(u"twoStepCard")
        self.twoStepCardLayout = QVBoxLayout(self.twoStepCard)
        self.twoStepCardLayout.setSpacing(6)
        self.twoStepCardLayout.setObjectName(u"twoStepCardLayout")
        self.twoStepCardLayout.setContentsMargins(20, 16, 20, 16)
        self.twoStepTitle = QLabel(self.twoStepCard)
        self.twoStepTitle.setObjectName(u"twoStepTitle")
        self.twoStepTitle.setProperty(u"role", u"h2")

        self.twoStepCardLayout.addWidget(self.twoStepTitle)

        self.twoStepRow = QHBoxLayout()
        self.twoStepRow.setSpacing(8)
        self.twoStepRow.setObjectName(u"twoStepRow")
        self.twoStepIcon = QLabel(self.twoStepCard)
        self.twoStepIcon.setObjectName(u"twoStepIcon")
        self.twoStepIcon.setMinimumSize(QSize(20, 20))
        self.twoStepIcon.setMaximumSize(QSize(20, 20))

        self.twoStepRow.addWidget(self.twoStepIcon)

        self.twoStepStatus = QLabel(self.twoStepCard)
        self.twoStepStatus.setObjectName(u"twoStepStatus")
        self.twoStepStatus.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.twoStepStatus.sizePolicy().hasHeightForWidth())
        self.twoStepStatus.setSizePolicy(sizePolicy)

        self.twoStepRow.addWidget(self.twoStepStatus)


        self.twoStepCardLayout.addLayout(self.twoStepRow)

        self.recoveryLabel = QLabel(self.twoStepCard)
        self.recoveryLabel.setObjectName(u"recoveryLabel")
        self.recoveryLabel.setWordWrap(True)
        self.recoveryLabel.setProperty(u"role", u"muted")

        self.twoStepCardLayout.addWidget(self.recoveryLabel)

        self.twoStepHint = QLabel(self.twoStepCard)
        self.twoStepHint.setObjectName(u"twoStepHint")
        self.twoStepHint.setWordWrap(True)
        self.twoStepHint.setProperty(u"role", u"muted")

        self.twoStepCardLayout.addWidget(self.twoStepHint)

        self.twoStepButtons = QHBoxLayout()
        self.twoStepButtons.setObjectName(u"twoStepButtons")
        self.replaceTwoStepButton = QPushButton(self.twoStepCard)
        self.replaceTwoStepButton.setObjectName(u"replaceTwoStepButton")

        self.twoStepButtons.addWidget(self.replaceTwoStepButton)

        self.spacer7 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.twoStepButtons.addItem(self.spacer7)


        self.twoStepCardLayout.addLayout(self.twoStepButtons)

        self.twoStepCardStretch = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)

        self.twoStepCardLayout.addItem(self.twoStepCardStretch)

        self.twoStepCardLayout.setStretch(5, 1)

        self.cardsRow.addWidget(self.twoStepCard)


        self.column.addLayout(self.cardsRow)

        self.columnStretch = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.columnStretch)


        self.contentsRow.addLayout(self.column)

        self.contentsStretch = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contentsRow.addItem(self.contentsStretch)

        self.accountScroll.setWidget(self.accountContents)

        self.panelLayout.addWidget(self.accountScroll)

        QWidget.setTabOrder(self.passwordForm, self.replaceTwoStepButton)

        self.retranslateUi(AccountPanel)

        QMetaObject.connectSlotsByName(AccountPanel)
    # setupUi

    def retranslateUi(self, AccountPanel):
        AccountPanel.setWindowTitle(QCoreApplication.translate("AccountPanel", u"My account", None))
        self.titleLabel.setText(QCoreApplication.translate("AccountPanel", u"My account", None))
        self.passwordTitle.setText(QCoreApplication.translate("AccountPanel", u"Password", None))
        self.passwordHint.setText(QCoreApplication.translate("AccountPanel", u"Choose a password only you know. It signs you in at every desk.", None))
        self.twoStepTitle.setText(QCoreApplication.translate("AccountPanel", u"Two-step sign-in", None))
        self.twoStepHint.setText(QCoreApplication.translate("AccountPanel", u"Replace it when you change phones. The new one works from the moment you confirm it; your old codes and recovery codes stop working then.", None))
        self.replaceTwoStepButton.setText(QCoreApplication.translate("AccountPanel", u"&Replace two-step sign-in\u2026", None))
    # retranslateUi
